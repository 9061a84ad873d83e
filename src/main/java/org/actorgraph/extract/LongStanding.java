package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "qualify": whether a transfer is a long-standing supply (a cue of duration or of an era, the passé
 * simple or the imperfect, a ruler's regime, a supplier noun ranked or qualified as traditional), and whether such a
 * supply still goes on.
 */
final class LongStanding {
    private static final Set<String> SIMULTANEITY = FrenchWords.list("simultaneity-mark");
    private static final Set<String> SINCE_WORDS = FrenchWords.list("since-case");
    private static final int LONG_AGO_YEARS = 15;
    /** How long ago a « depuis » must reach for what one became to have lasted (« devenue depuis 2003 le principal fournisseur »). */
    private static final int SINCE_RECENT_YEARS = 5;
    private static final Set<String> OTHER_CLAUSES = Set.of("conj", "parataxis", "advcl", "acl:relcl", "ccomp");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> SPAN_NOUNS = FrenchWords.list("span-noun");
    private static final Set<String> BOUNDED_SPAN_CASES = FrenchWords.list("bounded-span-case");
    private static final Pattern YEAR_OR_RANGE = Pattern.compile("(1[89]\\d\\d|20\\d\\d)(-\\d{2,4})?");
    private static final Set<String> FORCE_NOUNS = FrenchWords.list("force-noun");
    private static final Set<String> REFLEXIVE = FrenchWords.list("reflexive");
    private static final Set<String> FIRST = FrenchWords.list("first-adjective");
    private static final Set<String> APPROXIMATE = FrenchWords.list("approximate-noun");
    private static final Set<String> BULK = FrenchWords.list("bulk-noun");
    private static final Set<String> BULK_ADVERBS = FrenchWords.list("bulk-adverb");
    private static final Set<String> STANDING_QUALIFIERS = FrenchWords.list("standing-qualifier-noun");
    private static final Set<String> ARSENAL = FrenchWords.list("arsenal-noun");
    private static final Set<String> POSSESSIVE = FrenchWords.list("possessive");
    private static final Set<String> TRADING = FrenchWords.list("trading-verb");
    private static final Set<String> DELIVERING = FrenchWords.list("delivering-verb");
    private static final Set<String> WEEKDAYS = FrenchWords.list("weekday");
    private static final Set<String> MONTH_NAMES = FrenchWords.list("month");
    private static final Set<String> CONTRACT_NOUNS = FrenchWords.list("contract-noun");
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final String MONTHS = "(?:" + String.join("|", MONTH_NAMES) + ")";
    /** "depuis 1979", "dès l'an 2000", "depuis le contrat Al-Yamamah de 1985", "depuis le traité signé en novembre 1978", "depuis l'adoption du Taiwan Relations Act en 1979", "depuis le choix du F/A-18 en 1992", "depuis les Mirage 5 des années 1970", "depuis les Mirage 5 acquis dans les années 1970". */
    private static final Pattern SINCE_YEAR = Pattern.compile("\\b(depuis|dès) (?:l'an |l'année |le début de |la fin de "
            + "|(?:l'|la |le |les )(?:[^,.;:()\\d]|\\d{1,3}(?!\\d)){1,60}? (?:en |de |d'|des années |dans les années |(?:de la fin|du début|du milieu) des années )(?:" + MONTHS + " )?)?((?:1[89]|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    /** "en 1955", "le 2 juin 1967": one year, not a decade (« la décennie 1980 », « les années 1960 ») or a span. */
    private static final Pattern ONE_YEAR = Pattern.compile("(?<!années |décennie |depuis |dès |[-–] ?)\\b(?:1[89]|20)\\d\\d\\b(?! ?[-–])");

    /** "de 1953 à 1977", "entre 1960 et 1990", "1953-1977": a span of years. */
    private static final Pattern YEAR_SPAN = Pattern.compile("\\b(?:de |entre )?((?:1[89]|20)\\d\\d)(?: ?[-–] ?|(?<=(?:de|entre) \\d{4}) (?:à|et) )((?:1[89]|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "de l'indépendance de 1967 à l'unification de 1990": a span between two dated events. */
    private static final Pattern EVENT_SPAN = Pattern.compile(
            "\\bde (?:l' ?|la |le |les )?\\p{L}+ (?:de |en )((?:1[89]|20)\\d\\d) (?:à|jusqu'à) (?:l' ?|la |le |les )?\\p{L}+ (?:de |en )((?:1[89]|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int LONG_SPAN_YEARS = 10;
    /** The historical cue « jusqu'en 1991 »: until a year. */
    private static final Pattern UNTIL_YEAR = Pattern.compile("\\(historical: 'jusqu'(?:en|à|au) (?:1[89]|20)\\d\\d'\\)");

    private final Cues cues;

    LongStanding(Cues cues) {
        this.cues = cues;
    }

    /** A year in a complement of the trigger itself ("en 2020", "entre 2006 et 2008"). */
    static boolean datedOnItsOwn(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().startsWith("obl") && (ClauseScope.YEAR.matcher(d.word()).matches()
                    || g.getChildren(d).stream().anyMatch(x -> ClauseScope.YEAR.matcher(x.word()).matches()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether what the trigger transfers is counted: "vingt-quatre Rafale", "cinquante chars", "une dizaine de Mirage". */
    static boolean counted(SemanticGraph g, IndexedWord trigger) {
        if (countedHost(g, trigger)) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            IndexedWord noun = e.getDependent();
            // A count comes before its noun: the number after it is the model's ("douze L" "-39").
            IndexedWord number = g.outgoingEdgeList(noun).stream().filter(n -> n.getRelation().toString().equals("nummod"))
                    .map(SemanticGraphEdge::getDependent).filter(n -> n.index() < noun.index()).findFirst()
                    .orElse(Syntax.child(g, noun, "nummod"));
            // "la vente de plus de cent Mirage": a noun's "de" complement is what it counts.
            boolean counts = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl") || rel.equals("nmod") && Syntax.isNoun(trigger);
            if (rel.startsWith("nsubj") && "%".equals(noun.word())) {
                return true; // « 55 % des armes importées par le Qatar venaient des États-Unis »: a period's supply in figures
            }
            if (rel.equals("obj") && "NUM".equals(noun.tag()) && !ClauseScope.YEAR.matcher(noun.word()).matches()) {
                return true; // « en offrait quatre autres »: a number with « en »
            }
            if (counts && number != null && number.index() < noun.index() && !FORCE_NOUNS.contains(Syntax.lower(noun))
                    && !ClauseScope.YEAR.matcher(number.word()).matches()) {
                return true;
            }
            // "dépêcha une dizaine de Mirage 5", "des centaines de chars": a noun that counts
            if (counts && (APPROXIMATE.contains(Syntax.lower(noun)) || number != null && APPROXIMATE.contains(Syntax.lower(number)))
                    && Syntax.child(g, noun, "nmod") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * « 40 000 cartouches et des grenades expédiées par l'Argentine de Mauricio Macri »: a participle on materiel that a
     * number counts (on its noun, or on the first of the nouns it is coordinated with) tells one shipment.
     */
    private static boolean countedHost(SemanticGraph g, IndexedWord participle) {
        SemanticGraphEdge in = Syntax.parentEdge(g, participle);
        if (in == null || !in.getRelation().toString().equals("acl") || !Morph.of(participle).pastParticiple()) {
            return false;
        }
        IndexedWord host = in.getGovernor();
        SemanticGraphEdge conj = Syntax.parentEdge(g, host);
        for (IndexedWord noun : conj != null && conj.getRelation().toString().equals("conj") ? List.of(host, conj.getGovernor()) : List.of(host)) {
            IndexedWord number = Syntax.child(g, noun, "nummod");
            if (number != null && number.index() < noun.index() && !ClauseScope.YEAR.matcher(number.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An adjective of long standing on the trigger noun, unless the noun is what its subject has just become and the
     * adjective only ranks it (« est devenu en 2022 le premier fournisseur »; not « devient un fournisseur régulier »).
     * On a customer noun (not {@code supplierNoun}) only the adjectives of cues.tsv kind standingClient count: « premier
     * client du Rafale » or « fidèle client » is a buyer, « cliente historique » a long-standing one.
     */
    String historicalAdjective(SemanticGraph g, IndexedWord trigger, Integer referenceYear, boolean supplierNoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        // « les États-Unis ont pris le relais et sont devenus son principal fournisseur »: what one became, one has
        // been since, unless the becoming is dated recent or measured as a rise (« devenue en quelques années »)
        boolean become = in != null && cues.isWord(Cues.Kind.becoming, Morph.lemma(in.getGovernor()))
                && becameRecently(g, in.getGovernor(), referenceYear);
        for (SemanticGraphEdge e : modifiers(g, trigger)) {
            String rel = e.getRelation().toString();
            // "fournisseurs attitrés": the tagger may take the adjective for a participle.
            boolean adjective = rel.equals("amod") || rel.equals("advmod") || rel.equals("acl") && Syntax.child(g, e.getDependent(), "aux") == null;
            String word = e.getDependent().word();
            boolean standing = supplierNoun ? cues.isWord(Cues.Kind.historicalSupplier, word) && !(become && cues.isWord(Cues.Kind.leadingSupplier, word))
                    : cues.isWord(Cues.Kind.standingClient, word);
            if (adjective && standing) {
                return e.getDependent().word();
            }
            if (rel.equals("nmod") && !become && STANDING_QUALIFIERS.contains(Morph.lemma(e.getDependent()))
                    && Syntax.child(g, e.getDependent(), "det") == null) {
                return "de " + e.getDependent().word(); // « son fournisseur de référence »
            }
            if (rel.equals("nmod") && !become) {
                // "fournisseur de longue date": a phrase of long standing on the noun.
                String phrase = cues.find(Cues.Kind.historical, phraseOf(g, e.getDependent()));
                if (phrase != null) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /**
     * Whether the clause of « devenir » names a year less than {@value #LONG_AGO_YEARS} years before the reference year
     * (any year, when there is none) and none longer ago, or measures the becoming as a span of time (« en vingt ans »).
     */
    private static boolean becameRecently(SemanticGraph g, IndexedWord become, Integer referenceYear) {
        boolean recent = false;
        for (IndexedWord w : ownClause(g, become)) {
            Matcher year = YEAR_OR_RANGE.matcher(w.word());
            if (!year.matches()) {
                continue;
            }
            // « devenue depuis le début des années 2000 »: what one became years ago, one has been since
            int longAgo = since(g, become, w) ? SINCE_RECENT_YEARS : LONG_AGO_YEARS;
            if (referenceYear != null && Integer.parseInt(year.group(1)) <= referenceYear - longAgo) {
                // « selon un rapport publié en 2023, la France était devenue dans les années 1960 »
                return false;
            }
            recent = true;
        }
        return recent || g.outgoingEdgeList(become).stream().anyMatch(e -> e.getRelation().toString().startsWith("obl")
                && SPAN_NOUNS.contains(Morph.lemma(e.getDependent()))
                && "en".equals(PrepositionSlots.prepositionSlot(g, e.getDependent())));
    }

    /**
     * The words of a verb's own clause: not those of a clause coordinated with it or set beside it (« est devenu le
     * premier fournisseur ; les hélicoptères acquis entre 2018 et 2020 viennent compléter la flotte »), unless it
     * follows a colon.
     */
    private static Set<IndexedWord> ownClause(SemanticGraph g, IndexedWord verb) {
        Set<IndexedWord> words = new HashSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(verb));
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (words.add(w)) {
                // (what follows a colon spells the clause out: « est devenu le premier fournisseur : Bagdad a commandé … »)
                g.outgoingEdgeList(w).stream().filter(e -> w != verb || !OTHER_CLAUSES.contains(e.getRelation().toString())
                                || Syntax.precededBy(g, Syntax.phraseStart(g, e.getDependent()), ":"))
                        .forEach(e -> todo.push(e.getDependent()));
            }
        }
        return words;
    }

    /** Whether a word of a verb's clause is in its « depuis » phrase. */
    private static boolean since(SemanticGraph g, IndexedWord verb, IndexedWord word) {
        for (IndexedWord w = word; w != null && !w.equals(verb); w = g.getParent(w)) {
            if ("depuis".equals(Syntax.caseWord(g, w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * « Depuis les accords-cadres conclus à l'été 2022 avec Séoul, la Pologne a acquis »: a « depuis » phrase whose
     * event is dated recent measures no long-standing supply (« depuis les accords de Camp David » of 1978 does).
     */
    private static boolean sinceRecentEvent(SemanticGraph g, ClauseScope scope, String cue, Integer referenceYear) {
        if (referenceYear == null) {
            return false;
        }
        String[] cueWords = cue.split(" ");
        String event = cueWords[cueWords.length - 1];
        for (IndexedWord n : scope.chain()) {
            for (IndexedWord phrase : g.getChildren(n)) {
                // Not a time (« depuis les années 1980 », « depuis 2022 »), which the cues weigh themselves, and the
                // phrase the cue matched (« depuis les accords » of « les accords-cadres »), not another one.
                if (!"depuis".equals(Syntax.caseWord(g, phrase)) || TIME_NOUNS.contains(Morph.lemma(phrase)) || YEAR_OR_RANGE.matcher(phrase.word()).matches()
                        || !Syntax.lower(phrase).startsWith(event)) {
                    continue;
                }
                for (IndexedWord w : g.descendants(phrase)) {
                    Matcher year = YEAR_OR_RANGE.matcher(w.word());
                    if (year.matches() && Integer.parseInt(year.group(1)) > referenceYear - LONG_AGO_YEARS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A complement with its case, determiners and adjectives, as written ("de longue date"). */
    private static String phraseOf(SemanticGraph g, IndexedWord head) {
        StringBuilder out = new StringBuilder();
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            boolean own = w.equals(head) || in != null && in.getGovernor().equals(head) && g.getChildren(w).isEmpty();
            if (own) {
                out.append(Syntax.lower(w)).append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * A noun's modifiers, with those placed before the first noun of its coordination, which qualify every noun of it
     * ("le premier investisseur, partenaire commercial et fournisseur en armes").
     */
    private static List<SemanticGraphEdge> modifiers(SemanticGraph g, IndexedWord noun) {
        List<SemanticGraphEdge> out = new ArrayList<>(g.outgoingEdgeList(noun));
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        if (in != null && in.getRelation().toString().equals("conj")) {
            IndexedWord first = in.getGovernor();
            g.outgoingEdgeList(first).stream().filter(e -> e.getDependent().index() < first.index()).forEach(out::add);
        }
        return out;
    }

    /**
     * « l'URSS livrait des MiG-21 à l'Inde », « les États-Unis équipaient le Honduras en F-5 »: the imperfect of a
     * delivery, or of arming with named weapons, with no era around it, tells a supply that went on and the transfers
     * it was made of; not a habit (« s'équipait auprès de la Suède », « dans les années 1960, fournissait l'essentiel de ses
     * MiG »). {@code sale} is the candidate as extracted (with its weapons), {@code qualified} as qualified.
     */
    boolean transfersInImperfect(Candidate sale, Candidate qualified) {
        Candidate q = qualified;
        SemanticGraph g = q.sentence().parsed().graph();
        return (!sale.weapons().isEmpty() || DELIVERING.contains(Morph.lemma(q.trigger()))) && q.how().contains("(historical: 'imperfect')")
                && g.getChildren(q.trigger()).stream().noneMatch(c -> REFLEXIVE.contains(Syntax.lower(c)))
                && cues.find(Cues.Kind.historicalEra, new ClauseScope(g, q.trigger()).text()) == null;
    }

    /**
     * « Jusqu'en 1991, l'Union soviétique arme le régime de Mengistu : MiG-23, chars T-55 »: a supply that lasted until
     * a date, with the materiel named, told those transfers too.
     */
    boolean namedTransfersUntil(Candidate sale, Candidate qualified) {
        // (to a year: « jusqu'aux années 1960 » closes an era, not a run of deliveries)
        // « Paris, qui équipe les forces brésiliennes de longue date – des Mirage III au porte-avions Foch – »: so did a
        // supply of long date with the materiel named
        return !sale.weapons().isEmpty() && (UNTIL_YEAR.matcher(qualified.how()).find() || qualified.how().contains("'de longue date'")
                || onSupplierNoun(sale));
    }

    /**
     * « les États-Unis furent le principal fournisseur de cette armée, lui livrant notamment des hélicoptères UH-1H »: a
     * participle of delivering on a supplier noun tells the transfers that supply was made of.
     */
    private static boolean onSupplierNoun(Candidate sale) {
        SemanticGraph g = sale.sentence().parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, sale.trigger());
        return in != null && "VERB".equals(sale.trigger().tag()) && Morph.of(sale.trigger()).presentParticiple()
                && in.getRelation().toString().matches("acl|advcl") && SUPPLIER_NOUNS.contains(Morph.lemma(in.getGovernor()));
    }

    /**
     * « Moscou devint alors le fournisseur attitré du Venezuela », « Pékin devient un fournisseur régulier d'Islamabad »:
     * a long-standing supply that begins there has supplied too.
     */
    boolean became(Candidate q) {
        SemanticGraph g = q.sentence().parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, q.trigger());
        return in != null && Syntax.isNoun(q.trigger()) && !in.getRelation().toString().equals("conj")
                && cues.isWord(Cues.Kind.becoming, Morph.lemma(in.getGovernor()))
                && (!forABoundedSpan(g, in.getGovernor()) || !q.weapons().isEmpty());
    }

    /**
     * « l'Union soviétique devient pour trente ans le fournisseur quasi exclusif »: a becoming measured by how long what
     * it began lasted (« pour », « pendant », « durant » a span of time) tells a supply that has ended, unless it names
     * the materiel that supply brought (« devient, pendant une décennie, le pourvoyeur attitré de Caracas : vingt-quatre
     * Su-30MK2, … »).
     */
    private static boolean forABoundedSpan(SemanticGraph g, IndexedWord become) {
        return g.outgoingEdgeList(become).stream().anyMatch(e -> e.getRelation().toString().startsWith("obl")
                && SPAN_NOUNS.contains(Morph.lemma(e.getDependent()))
                && BOUNDED_SPAN_CASES.contains(PrepositionSlots.prepositionSlot(g, e.getDependent())));
    }

    /** A long-standing supply told in the present with "depuis" ("fournit depuis des décennies"): it goes on. */
    static boolean ongoing(Candidate q) {
        Morph m = Morph.of(q.trigger());
        return q.how().contains("'depuis") && m.reads("ind pres") && !m.reads("ind impa");
    }

    /**
     * "La Russie demeure le premier fournisseur du pays", "la Chine est l'un des principaux exportateurs d'armes vers
     * le Soudan": a supplier ranked first in the present supplies now, as it has for long.
     */
    boolean leadingNow(Candidate q, Integer referenceYear) {
        SemanticGraph g = q.sentence().parsed().graph();
        IndexedWord t = q.trigger();
        if (narratedLongAgo(q.sentence(), referenceYear)) {
            return false;
        }
        boolean ranked = modifiers(g, t).stream().anyMatch(e -> e.getRelation().toString().equals("amod")
                && cues.isWord(Cues.Kind.leadingSupplier, e.getDependent().word()));
        if (!ranked || !q.how().contains("(historical: '") || cues.find(Cues.Kind.historical, new ClauseScope(g, t).text()) != null
                && !ongoing(q)) {
            return false;
        }
        IndexedWord verb = Syntax.child(g, t, "cop");
        if (verb == null) {
            // "l'un des principaux fournisseurs", "est devenu ... le premier fournisseur": the verb above the noun.
            IndexedWord n = t;
            for (int i = 0; i < 2 && verb == null; i++) {
                SemanticGraphEdge in = Syntax.parentEdge(g, n);
                if (in == null || in.getRelation().toString().equals("appos")) {
                    break;
                }
                n = in.getGovernor();
                verb = Syntax.child(g, n, "cop") != null ? Syntax.child(g, n, "cop") : "VERB".equals(n.tag()) ? n : null;
            }
        }
        // An apposition has no tense of its own: "la Chine, premier fournisseur de ..." is said of now, unless the
        // clause of the noun it describes is dated in the past.
        if (verb == null) {
            return !appositionDatedInPast(g, t, referenceYear);
        }
        Morph m = Morph.of(verb);
        return m.reads("ind pres") && Syntax.child(g, verb, "aux") == null && !m.reads("ind impa");
    }

    /**
     * The cue that makes a transfer a long-standing supply, or null. {@code referenceYear} is the year the document
     * was written, or the latest it mentions (null when neither is known).
     */
    String historicalCue(SemanticGraph g, ClauseScope scope, IndexedWord trigger, Integer referenceYear) {
        String cue = cues.find(Cues.Kind.historical, scope.text());
        if (cue == null) {
            cue = sinceLongAgo(scope.text(), referenceYear);
        }
        if (cue != null && !(cue.startsWith("depuis") && (superlative(g, scope) || sinceRecentEvent(g, scope, cue, referenceYear))) && !(cue.startsWith("dès") && (firstOnes(g, trigger)
                || !cue.contains("années") && oneTransferInPerfective(g, trigger, cue)))) {
            return cue;
        }
        String bulk = bulkOfArsenal(g, trigger);
        if (bulk != null) {
            return bulk;
        }
        String span = longSpan(scope.text());
        if (span != null && !counted(g, trigger)) {
            return span;
        }
        // An era dates arming, not a sale: "au début des années 1960, l'URSS a armé l'Indonésie" is a supply of that
        // era; "Israël a vendu des A-4 à la fin des années 1970" is a sale.
        String era = cues.find(Cues.Kind.historicalEra, scope.text());
        if (era != null && !counted(g, trigger) && Regimes.arming(trigger)) {
            return era;
        }
        Morph m = Morph.of(trigger);
        if (m.simplePast() && Regimes.arming(trigger) && !counted(g, trigger) && !ONE_YEAR.matcher(scope.text()).find()) {
            // Arming told in the passé simple narrates a supply of its time ("l'URSS arma l'Égypte"); a sale or a
            // delivery told in it is one transfer ("la Chine livra à Bagdad des chars T-59"), and so is a counted one
            // ("l'Égypte signa pour vingt-quatre Rafale") or one dated by its year.
            return "passé simple";
        }
        IndexedWord passive = Syntax.child(g, trigger, "aux:pass");
        if ((m.imperfect() || passive != null && Morph.of(passive).imperfect()) && Arguments.isVerbal(g, trigger) && !counted(g, trigger)
                && !TRADING.contains(Morph.lemma(trigger)) && !background(g, trigger) && !reportedInPast(g, trigger)
                && !narrative(g, trigger) && !termOfContract(g, trigger)) {
            // The imperfect of a transfer tells a supply that went on ("l'URSS équipait la Somalie", "l'armée était
            // équipée par l'URSS"); not a counted one (« la Biélorussie en offrait quatre autres »), nor a transaction
            // repeated in its time (« la Chine vendait des chars à Bagdad »).
            return "imperfect";
        }
        return null;
    }

    /**
     * « mercredi dernier, la cheffe du Commandement Sud remettait un don », « le 3 mars, Paris livrait … »: an imperfect
     * dated to a day narrates one event.
     */
    private static boolean narrative(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            IndexedWord d = e.getDependent();
            String word = Syntax.lower(d);
            boolean dayOfMonth = MONTH_NAMES.contains(word) && g.getChildren(d).stream().anyMatch(x -> "NUM".equals(x.tag()));
            if (e.getRelation().toString().startsWith("obl") || e.getRelation().toString().equals("advmod")) {
                if (WEEKDAYS.contains(word) || word.equals("hier") || dayOfMonth) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * « un accord censé rester secret, par lequel la Corée du Nord offrait à Malte des armes »: an imperfect in a relative
     * clause on a contract tells what the contract provides, not a supply that went on.
     */
    private static boolean termOfContract(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        return in != null && in.getRelation().toString().equals("acl:relcl") && CONTRACT_NOUNS.contains(Morph.lemma(in.getGovernor()));
    }

    /**
     * « Tallinn a envoyé des Javelin, tandis que Riga livrait des Stinger »: an imperfect in a clause of simultaneity on
     * a verb in a perfective tense sets the scene of that one event; it tells no supply that went on.
     */
    private static boolean background(SemanticGraph g, IndexedWord trigger) {
        IndexedWord mark = Syntax.child(g, trigger, "mark");
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (mark == null || !SIMULTANEITY.contains(Syntax.lower(mark)) || in == null || !in.getRelation().toString().equals("advcl")) {
            return false;
        }
        IndexedWord main = in.getGovernor();
        return Syntax.child(g, main, "aux") != null || Morph.of(main).simplePast();
    }

    /**
     * « le gouvernement a annoncé qu'il donnait à Kiev ses canons »: an imperfect under a verb of saying in a past tense is
     * the present of what was said (the sequence of tenses), not a supply that went on.
     */
    private boolean reportedInPast(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("ccomp") || Syntax.child(g, trigger, "mark") == null) {
            return false;
        }
        IndexedWord saying = in.getGovernor();
        Morph said = Morph.of(saying);
        return cues.isWord(Cues.Kind.speech, Morph.lemma(saying))
                && (Syntax.child(g, saying, "aux") != null || said.simplePast() || said.imperfect());
    }

    /**
     * « lui ont fourni l'essentiel de son équipement », « l'essentiel de son arsenal vient de l'URSS »: what is
     * transferred is the bulk of an arsenal, which no single transfer is (not « l'essentiel de ses T-72 », a stock the
     * supplier may hand over at once).
     */
    private static String bulkOfArsenal(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            IndexedWord share = e.getDependent();
            // « l'armée, alors équipée pour l'essentiel par Moscou », « armée essentiellement par l'URSS »: arming a force
            // for the most part is supplying the bulk of its arsenal
            boolean forTheMostPart = e.getRelation().toString().startsWith("obl") && BULK.contains(Morph.lemma(share))
                    && "pour".equals(Syntax.caseWord(g, share)) && Syntax.child(g, share, "nmod") == null
                    || e.getRelation().toString().equals("advmod") && BULK_ADVERBS.contains(Syntax.lower(share));
            if (forTheMostPart && Regimes.arming(trigger)) {
                return phraseOf(g, share).replace("' ", "'");
            }
            if (!e.getRelation().toString().matches("obj|nsubj:pass|nsubj") || !BULK.contains(Morph.lemma(share))) {
                continue;
            }
            IndexedWord whole = Syntax.child(g, share, "nmod");
            IndexedWord det = whole == null ? null : Syntax.child(g, whole, "det");
            // « l'essentiel de l'arsenal bulgare », « de l'équipement de l'armée »: an arsenal said whose is one too
            boolean owned = det != null && (Anaphora.isPossessive(det) || Syntax.child(g, whole, "amod") != null
                    || Syntax.child(g, whole, "nmod") != null);
            if (owned && ARSENAL.contains(Morph.lemma(whole))) {
                return Morph.lemma(share) + " " + det.word() + " " + whole.word();
            }
            // « l'essentiel des avions, des blindés et des armes légères de la jeune armée kényane »: three kinds of
            // materiel of a force are its arsenal
            // (the parser may hang the later kinds on the share, or on each other)
            List<IndexedWord> kinds = new ArrayList<>();
            if (whole != null) {
                kinds.add(whole);
                g.outgoingEdgeList(share).stream().filter(k -> k.getRelation().toString().equals("conj") && k.getDependent().index() > whole.index())
                        .forEach(k -> kinds.add(k.getDependent()));
                for (int i = 0; i < kinds.size(); i++) {
                    g.outgoingEdgeList(kinds.get(i)).stream().filter(k -> k.getRelation().toString().equals("conj"))
                            .map(SemanticGraphEdge::getDependent).filter(k -> !kinds.contains(k)).forEach(kinds::add);
                }
            }
            // « … de la jeune armée kényane », « l'essentiel de ses chars, de ses lance-roquettes et de ses systèmes »
            boolean ownedList = kinds.size() >= 3 && kinds.stream().anyMatch(k -> Syntax.child(g, k, "nmod") != null
                    && "de".equals(Syntax.caseWord(g, Syntax.child(g, k, "nmod")))
                    || Syntax.child(g, k, "det") != null && POSSESSIVE.contains(Syntax.lower(Syntax.child(g, k, "det"))));
            if (ownedList) {
                return Morph.lemma(share) + " " + (det != null ? det.word() + " " : "") + whole.word() + " …";
            }
        }
        return null;
    }

    /**
     * « qui leur avait acheté des F-5 dès 1982 », « Washington lui livra dès 1976 des OV-10 »: a sale, a purchase or a
     * delivery in a compound past or the passé simple happened once, as early as that year (not « dès les années
     * 1950 », a decade), and so in the historical present as early as a year (« l'armée reçoit des États-Unis, dès
     * 1976, des OV-10 »); arming in it (« avait équipé dès 1960 ») may have gone on.
     */
    private static boolean oneTransferInPerfective(SemanticGraph g, IndexedWord trigger, String cue) {
        Morph m = Morph.of(trigger);
        return (Syntax.child(g, trigger, "aux") != null || m.simplePast() || m.reads("ind pres") && cue.matches(".*\\d{4}.*"))
                && !Regimes.arming(trigger);
    }

    /** "Damas obtient dès 1956 ses premières armes soviétiques": what is transferred is the first of its kind. */
    private static boolean firstOnes(SemanticGraph g, IndexedWord trigger) {
        return g.outgoingEdgeList(trigger).stream().filter(e -> e.getRelation().toString().matches("obj|nsubj:pass"))
                .anyMatch(e -> g.getChildren(e.getDependent()).stream().anyMatch(a -> FIRST.contains(Syntax.lower(a))));
    }

    /**
     * "De 1953 à 1977, les États-Unis ont armé l'Éthiopie", « de l'indépendance de 1967 à l'unification de 1990 »: a
     * supply dated by a span of at least ten years.
     */
    static String longSpan(String text) {
        for (Pattern span : List.of(YEAR_SPAN, EVENT_SPAN)) {
            Matcher m = span.matcher(text);
            while (m.find()) {
                if (Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) >= LONG_SPAN_YEARS) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /**
     * « En 1983, Brasília a vendu à Paramaribo six automitrailleuses. Depuis, le Brésil équipe l'armée de terre »: a bare
     * « depuis » (or « depuis lors ») on a supply told in the present counts from the last year the sentence before
     * names; long ago, the supply is long-standing.
     */
    String sinceThen(LinkedSentence s, SemanticGraph g, IndexedWord trigger, Integer referenceYear) {
        LinkedSentence before = s.previous();
        Morph m = Morph.of(trigger);
        if (referenceYear == null || before == null || !m.reads("ind pres") || Syntax.child(g, trigger, "aux") != null
                || g.getChildren(trigger).stream().noneMatch(c -> bareSince(g, c))) {
            return null;
        }
        Integer anchor = null;
        for (var token : before.parsed().tokens()) {
            if (ClauseScope.YEAR.matcher(token.word()).matches()) {
                anchor = Integer.parseInt(token.word());
            }
        }
        return anchor != null && anchor <= referenceYear - LONG_AGO_YEARS ? "depuis (" + anchor + ")" : null;
    }

    /**
     * « Pendant les deux premières décennies de l'indépendance, la Russie, principal fournisseur du pays, s'est
     * contentée de … »: an apposition on the subject of a verb in a past tense whose clause has a time phrase (a
     * french-words time-noun, or a year {@value #LONG_AGO_YEARS} years or more before the text's) is said of that time;
     * not « Washington, premier fournisseur historique du royaume, a signé en 2018 la vente … », in 2024.
     */
    private static boolean appositionDatedInPast(SemanticGraph g, IndexedWord apposed, Integer referenceYear) {
        SemanticGraphEdge in = Syntax.parentEdge(g, apposed);
        SemanticGraphEdge host = in == null || !in.getRelation().toString().equals("appos") ? null : Syntax.parentEdge(g, in.getGovernor());
        if (host == null || !host.getRelation().toString().startsWith("nsubj")) {
            return false;
        }
        IndexedWord verb = host.getGovernor();
        Morph m = Morph.of(verb);
        boolean past = Syntax.child(g, verb, "aux") != null || m.reads("ind impa") || !m.reads("ind pres");
        // (not « depuis 1949 »: a time that lasts until now)
        return past && g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("obl")
                && !"depuis".equals(Syntax.caseWord(g, e.getDependent())) && (TIME_NOUNS.contains(Morph.lemma(e.getDependent()))
                || referenceYear != null && ClauseScope.YEAR.matcher(e.getDependent().word()).matches()
                        && Integer.parseInt(e.getDependent().word()) <= referenceYear - LONG_AGO_YEARS));
    }

    /**
     * « Lorsque le Front patriotique attaque en octobre 1990, le régime trouve à Paris son principal fournisseur »: a
     * present that a sentence dates only by years long past narrates that time.
     */
    static boolean narratedLongAgo(LinkedSentence s, Integer referenceYear) {
        // (not « Depuis 2006, les États-Unis sont le premier fournisseur »: a present that lasts since then)
        if (referenceYear == null || s.parsed().tokens().stream().anyMatch(t -> SINCE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        int latest = s.parsed().tokens().stream().filter(t -> ClauseScope.YEAR.matcher(t.word()).matches())
                .mapToInt(t -> Integer.parseInt(t.word())).max().orElse(Integer.MAX_VALUE);
        return latest <= referenceYear - LONG_AGO_YEARS;
    }

    /** « Depuis, … », « depuis lors »: « depuis » with no time phrase of its own. */
    private static boolean bareSince(SemanticGraph g, IndexedWord w) {
        if (Syntax.lower(w).equals("depuis")) {
            return g.getChildren(w).isEmpty();
        }
        return Syntax.lower(w).equals("lors") && "depuis".equals(Syntax.caseWord(g, w));
    }

    /**
     * "depuis 1979, les États-Unis arment Le Caire", "qui armait Hanoï dès 1950": a supply that started at least
     * {@value #LONG_AGO_YEARS} years before the document was written.
     */
    static String sinceLongAgo(String text, Integer referenceYear) {
        if (referenceYear == null) {
            return null;
        }
        Matcher m = SINCE_YEAR.matcher(text);
        while (m.find()) {
            // "dès la fin des années 1970, Paris lui vend des Mirage": an era's start dates a sale
            boolean eraStart = m.group(1).equalsIgnoreCase("dès") && m.group().contains(" des années ");
            if (!eraStart && Integer.parseInt(m.group(2)) <= referenceYear - LONG_AGO_YEARS) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * "constitue le plus important contrat de l'avionneur depuis dix ans": after a superlative, "depuis" measures
     * the span of the comparison, not how long the supply has lasted.
     */
    static boolean superlative(SemanticGraph g, ClauseScope scope) {
        for (IndexedWord n : scope.chain().subList(1, scope.chain().size())) {
            for (IndexedWord c : g.getChildren(n)) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(c)) {
                    IndexedWord a = e.getDependent();
                    IndexedWord degree = Syntax.child(g, a, "advmod");
                    if (e.getRelation().toString().equals("amod") && degree != null
                            && FrenchWords.list("comparative-degree").contains(Syntax.lower(degree))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
