package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.NameForm;
import org.actorgraph.link.RelativeAntecedent;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "extract": whether what a frame's trigger transfers is military materiel (a weapon system, a word of
 * the military lists of cues.tsv, a generic noun such as « matériel » or « appareils » qualified as military or
 * referring back to materiel named just before), as its frame's theme requires.
 */
public final class Materiel {
    private static final Set<String> SINGULAR_CLITICS = FrenchWords.list("singular-clitic-object");
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> ARMED_FORCE_NOUNS = FrenchWords.list("armed-force-noun");
    private static final int THEME_DEPTH = 3;
    private static final Set<String> MAKING = FrenchWords.list("making-noun");
    private static final Set<String> PERSONNEL = FrenchWords.list("personnel-noun");
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final Set<String> OFFERS = FrenchWords.list("not-materiel-noun");
    private static final Set<String> MILITARY_PRESENCE = FrenchWords.list("military-presence-noun");
    private static final Set<String> SHARE = FrenchWords.list("share-noun");
    /** How many sentences back a word that refers to materiel looks for it (the parse gate reads as far). */
    public static final int WINDOW = 2;
    private static final Set<String> STOCK = FrenchWords.list("stock-noun");
    private static final Set<String> ARSENAL = FrenchWords.list("arsenal-noun");
    private static final Set<String> REFERRING = FrenchWords.list("referring-adjective");
    private static final Set<String> CONTENT_VERBS = FrenchWords.list("content-verb");
    private static final Set<String> DEFINITE = FrenchWords.list("definite-or-demonstrative");
    private static final Set<String> POSSESSIVE = FrenchWords.list("possessive");
    /** Relations under a theme that name the weapon itself ("des chars T-72", "le système S-400", "de missiles Patriot"). */
    private static final Set<String> NAMING = Set.of("flat", "flat:name", "compound", "appos", "nmod", "nummod", "amod");
    private final Cues cues;

    Materiel(Cues cues) {
        this.cues = cues;
    }

    /**
     * Whether what is transferred fits the frame: "military" refuses only a theme the trigger itself names that is not
     * materiel ("livrer bataille"), not a phrase found through a misattachment; "required" needs materiel somewhere.
     */
    boolean themeAccepted(Frame f, LinkedSentence s, IndexedWord trigger, List<IndexedWord> themes,
            List<IndexedWord> ownThemes) {
        if (f.theme() != Frame.ThemeCheck.none && ownThemes.stream().anyMatch(t -> OFFERS.contains(Morph.lemma(t)))) {
            return false;
        }
        // « la base de Diego Garcia, que les Britanniques mettent à la disposition des forces américaines »: what a
        // relative pronoun takes up is a military presence, not materiel, whatever military word is beside it (not
        // where materiel stands between them: « de la formation des officiers aux patrouilleurs qu'elle lui a cédés »)
        if (f.theme() == Frame.ThemeCheck.required && ownThemes.stream().anyMatch(t -> takesUpPresence(s, trigger, t))) {
            return false;
        }
        boolean materiel = themes.stream().anyMatch(t -> isMilitary(s, t) || takesUpMateriel(s, t)) || hasMilitaryArgument(s, trigger)
                || themes.stream().anyMatch(t -> cues.isWord(Cues.Kind.materiel, t.word()))
                        && (equipsAForce(s.parsed().graph(), trigger) || namesWeapon(s) || supplierOfForces(s, trigger))
                // « les maquettes de MiG-21 témoignent de l'ampleur des livraisons soviétiques aux FAPLA »: a transfer
                // noun that names no theme of its own, in a sentence that names a weapon system
                || themes.isEmpty() && Syntax.isNoun(trigger) && namesWeaponSystem(s)
                // « les obus bulgares ont gagné le front : … les ventes du pays à l'Ukraine », « des fusils … remis à la
                // garde présidentielle. … la troisième livraison de Moscou »: or a sentence that names materiel before it
                || themes.isEmpty() && Syntax.isNoun(trigger) && firstBefore(s, trigger, 1, this::isMaterielWord) != null;
        return switch (f.theme()) {
            case none -> true;
            case military -> materiel || ownThemes.isEmpty();
            case required -> materiel;
        };
    }

    /**
     * « depuis l'unification des forces armées, les États-Unis sont restés notre principal fournisseur d'équipements »:
     * a supplier noun's generic materiel, in a sentence about armed forces, is theirs.
     */
    private static boolean supplierOfForces(LinkedSentence s, IndexedWord trigger) {
        return Syntax.isNoun(trigger) && SUPPLIER_NOUNS.contains(Morph.lemma(trigger))
                && s.parsed().graph().vertexSet().stream().anyMatch(Syntax::isArmedForces);
    }

    /** Whether a relative pronoun takes up a military presence noun, with no materiel named between them. */
    private boolean takesUpPresence(LinkedSentence s, IndexedWord trigger, IndexedWord pronoun) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (!Syntax.isRelativePronoun(pronoun) || in == null || !in.getRelation().toString().equals("acl:relcl")
                || !MILITARY_PRESENCE.contains(Morph.lemma(in.getGovernor()))) {
            return false;
        }
        for (int i = in.getGovernor().index() + 1; i < pronoun.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            Mention m = s.mentionAt(w);
            if (w != null && (isMilitary(s, w) || m != null && m.actor().isWeapon())) {
                return false;
            }
        }
        return true;
    }

    /**
     * « … des missiles Scud. Pyongyang les a vendues à l'Iran »: an object pronoun takes up materiel when a weapon
     * system was named before it ({@link #antecedentWeapon}), or a military noun (« Trois corvettes … ont été
     * refusées ; le chantier britannique les a vendues à l'Indonésie »).
     */
    private boolean takesUpMateriel(LinkedSentence s, IndexedWord theme) {
        boolean pronoun = objectOrPossessivePronoun(s, theme);
        return (pronoun || partitivePronoun(theme)) && antecedentWeapon(s, theme) != null
                || pronoun && militaryNounBefore(s, theme);
    }

    /** Whether a military noun stands before the word, in its sentence or in the {@value WeaponAnaphora#WINDOW} before. */
    private boolean militaryNounBefore(LinkedSentence s, IndexedWord word) {
        Place hit = firstBefore(s, word, WeaponAnaphora.WINDOW, (at, i) -> namesOtherMateriel(at, i) || otherThing(s, word, at, i));
        return hit != null && (namesOtherMateriel(hit.sentence(), hit.token()) || definiteMaterielTakingUp(hit));
    }

    /** « le patrouilleur … Le navire de 51 mètres est né aux Pays-Bas : Praia l'a commandé »: the noun took up materiel. */
    private boolean definiteMaterielTakingUp(Place at) {
        SemanticGraph g = at.sentence().parsed().graph();
        IndexedWord noun = g.getNodeByIndexSafe(at.token());
        return noun != null && cues.isWord(Cues.Kind.materiel, noun.word()) && definite(g, noun) && materielBefore(at.sentence(), noun);
    }

    /**
     * « l'accord de Washington, qui l'a donné »: a singular object clitic takes up the nearest singular noun phrase
     * before it in its sentence (not its own verb's subject); when that noun names no materiel, the clitic names none
     * either.
     */
    private static boolean otherThing(LinkedSentence s, IndexedWord clitic, LinkedSentence at, int token) {
        if (at != s || !SINGULAR_CLITICS.contains(Syntax.lower(clitic)) || !"PRON".equals(clitic.tag())) {
            return false;
        }
        SemanticGraph g = s.parsed().graph();
        IndexedWord noun = g.getNodeByIndexSafe(token);
        IndexedWord verb = g.getParent(clitic);
        IndexedWord subject = verb == null ? null : Syntax.child(g, verb, "nsubj");
        // a referring noun phrase, with its determiner (not « en nombre »)
        return noun != null && "NOUN".equals(noun.tag()) && !Morph.of(noun).plural() && Syntax.child(g, noun, "det") != null
                && !noun.equals(subject) && (subject == null || !g.descendants(subject).contains(noun));
    }

    /** A token of a sentence. */
    private record Place(LinkedSentence sentence, int token) {}

    /**
     * Reading back from a word, through its sentence and the {@code window} sentences before it, the first token that
     * {@code stop} accepts; null when there is none.
     */
    private static Place firstBefore(LinkedSentence s, IndexedWord word, int window, BiPredicate<LinkedSentence, Integer> stop) {
        LinkedSentence at = s;
        int before = word.index();
        for (int back = 0; at != null && back <= window; back++) {
            for (int i = before - 1; i >= 1; i--) {
                if (stop.test(at, i)) {
                    return new Place(at, i);
                }
            }
            at = at.previous();
            before = at == null ? 0 : at.parsed().tokens().size() + 1;
        }
        return null;
    }

    private static boolean objectPronoun(IndexedWord w) {
        return "PRON".equals(w.tag()) && WeaponAnaphora.OBJECT_PRONOUNS.contains(Syntax.lower(w));
    }

    /**
     * The weapon system a theme that names none takes up ({@link WeaponAnaphora}): an object pronoun or a definite
     * noun that stands for a model stands for the last weapon named before it, in its sentence or in the two before
     * (their mentions, which a sentence the parse gate skipped has too), « en » (a quantity of it: « Le Super Tucano …
     * La Colombie en a acheté vingt-cinq ») in its sentence or the one before, unless other military materiel is named
     * in between; null when there is none, or when the theme is none of these.
     */
    Mention antecedentWeapon(LinkedSentence s, IndexedWord theme) {
        boolean partitive = partitivePronoun(theme);
        boolean model = standsForModel(s.parsed().graph(), theme);
        boolean pronoun = objectOrPossessivePronoun(s, theme);
        if (!pronoun && !partitive && !model || model && !weaponsUnder(s, List.of(theme)).isEmpty()) {
            return null; // « le système antiaérien Barak MX » names its own
        }
        Place hit = firstBefore(s, theme, partitive ? WeaponAnaphora.PARTITIVE_WINDOW : WeaponAnaphora.WINDOW,
                (at, i) -> weaponAt(at, i) || namesOtherMateriel(at, i) || otherThing(s, theme, at, i));
        if (hit == null && partitive) {
            return partitiveBefore(s);
        }
        return hit != null && weaponAt(hit.sentence(), hit.token()) ? hit.sentence().mentionAt(hit.token()) : null;
    }

    /**
     * « La Belgique en a commandé neuf. La Lituanie en a reçu dix-huit »: « en » with nothing named in its window counts the
     * same weapon as an « en » of the sentence before it.
     */
    private Mention partitiveBefore(LinkedSentence s) {
        LinkedSentence before = s.previous();
        SemanticGraph g = before == null ? null : before.parsed().graph();
        if (g == null) {
            return null;
        }
        for (IndexedWord w : g.vertexListSorted()) {
            Mention taken = partitivePronoun(w) ? antecedentWeapon(before, w) : null;
            if (taken != null) {
                return taken;
            }
        }
        return null;
    }

    private static boolean weaponAt(LinkedSentence s, int token) {
        Mention m = s.mentionAt(token);
        return m != null && m.actor().isWeapon();
    }

    /** « le système », « l'appareil », « ces engins », not « des systèmes » ({@link WeaponAnaphora#definite}). */
    private static boolean standsForModel(SemanticGraph g, IndexedWord n) {
        IndexedWord det = g == null || !WeaponAnaphora.MODEL_NOUNS.contains(Syntax.lower(n)) ? null : Syntax.child(g, n, "det");
        IndexedWord before = det == null ? null : g.getNodeByIndexSafe(det.index() - 1);
        return det != null && WeaponAnaphora.definite(det.word(), before == null ? null : before.word());
    }

    /**
     * « le contrat des sous-marins de la classe Reis, dont le premier exemplaire … »: a military noun (not a generic
     * one such as « appareils », which takes up the weapon itself) is other materiel, which the word after it may stand
     * for; a weapon named with it (« des chars T-72 ») comes first when reading back, and a military word that
     * qualifies a model noun (« le système sol-air ») is part of it. Read on the tags, which a sentence the parse gate
     * skipped has too.
     */
    private boolean namesOtherMateriel(LinkedSentence s, int token) {
        List<CoreLabel> tokens = s.parsed().tokens();
        CoreLabel t = tokens.get(token - 1);
        for (int before = token - 2; before >= Math.max(0, token - 3); before--) {
            if (WeaponAnaphora.MODEL_NOUNS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return "NOUN".equals(t.tag()) && (cues.isWord(Cues.Kind.military, t.word()) || qualifiedMateriel(tokens, token - 1));
    }

    /** « notre seul navire de patrouille », « un bâtiment de guerre »: a materiel noun that « de » and a military qualifier follow. */
    private boolean qualifiedMateriel(List<CoreLabel> tokens, int at) {
        return at + 2 < tokens.size() && cues.isWord(Cues.Kind.materiel, tokens.get(at).word())
                && DE.contains(tokens.get(at + 1).word().toLowerCase(Locale.ROOT))
                && cues.isWord(Cues.Kind.militaryQualifier, tokens.get(at + 2).word());
    }

    private static boolean namesWeaponSystem(LinkedSentence s) {
        return s.mentions().stream().anyMatch(m -> m.actor().isWeapon());
    }

    /**
     * « trois AT4 … correspondent à un lot vendu par la Suède »: a generic noun in a sentence that names a weapon
     * system or a military noun.
     */
    private boolean namesWeapon(LinkedSentence s) {
        return namesWeaponSystem(s)
                || s.parsed().graph().vertexSet().stream().anyMatch(w -> Syntax.isNoun(w) && cues.isWord(Cues.Kind.military, w.word()));
    }

    /**
     * "l'armée égyptienne, dotée de matériel britannique": a generic noun is materiel when what the trigger equips or
     * supplies is an armed force (its subject or object, or the noun its participle describes).
     */
    private boolean equipsAForce(SemanticGraph g, IndexedWord trigger) {
        List<IndexedWord> parties = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.startsWith("nsubj")) {
                parties.add(e.getDependent());
            } else if ((rel.startsWith("obl") || rel.equals("iobj")) && "à".equals(Syntax.caseWord(g, e.getDependent()))) {
                // « fournit des embarcations à la garde côtière »: whom it goes to
                parties.add(e.getDependent());
            } else if (rel.equals("nmod") && Syntax.isNoun(trigger) && "de".equals(Syntax.caseWord(g, e.getDependent()))) {
                // « premier pourvoyeur d'équipements de l'armée malienne »: a noun's « de » complement, or that of
                // what it supplies
                parties.add(e.getDependent());
                g.outgoingEdgeList(e.getDependent()).stream()
                        .filter(d -> d.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, d.getDependent())))
                        .forEach(d -> parties.add(d.getDependent()));
            }
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in != null && in.getRelation().toString().equals("acl")) {
            parties.add(in.getGovernor());
        }
        return parties.stream().anyMatch(p -> cues.isWord(Cues.Kind.militaryQualifier, p.word()) || ARMED_FORCE_NOUNS.contains(Morph.lemma(p)));
    }

    /**
     * « le programme Al-Yamamah, qui a équipé l'aviation saoudienne de Tornado »: a relative pronoun in the supplier's
     * place that takes up a noun naming no materiel and no actor: someone or something else is said to supply, so the
     * weapon's origin cannot stand in for the supplier (an unresolved « notre pays » still can).
     */
    boolean namesOtherSupplier(LinkedSentence s, IndexedWord node) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord noun = Syntax.isRelativePronoun(node) ? RelativeAntecedent.of(g, node) : null;
        if (noun == null || !Syntax.isNoun(noun)) {
            return false;
        }
        // the phrase's own words, not a relative clause on it (« le contrat …, qui a équipé … de Tornado »)
        List<IndexedWord> words = new ArrayList<>(List.of(noun));
        g.outgoingEdgeList(noun).stream().filter(e -> NAMING.contains(e.getRelation().toString())).forEach(e -> words.add(e.getDependent()));
        return words.stream().noneMatch(w -> s.mentionAt(w) != null && s.mentionAt(w).actor().isWeapon() || cues.isWord(Cues.Kind.military, w.word())
                || cues.isWord(Cues.Kind.materiel, w.word()) || isModelName(g, w));
    }

    /** Whether a phrase names military materiel: a weapon system, or a military noun near its head. */
    private boolean isMilitary(LinkedSentence s, IndexedWord theme) {
        return isMilitary(s, theme, true);
    }

    /** (throughList: whether a participle's last conjunct may look at the list's head; not from the head itself) */
    private boolean isMilitary(LinkedSentence s, IndexedWord theme, boolean throughList) {
        SemanticGraph g = s.parsed().graph();
        if (Syntax.isRelativePronoun(theme)) {
            IndexedWord antecedent = RelativeAntecedent.of(g, theme);
            if (antecedent != null) {
                // « l'un de ces systèmes que l'URSS avait livrés »: one of the things named
                theme = RelativeAntecedent.oneOf(g, antecedent);
            }
        }
        SemanticGraphEdge coordinated = Syntax.parentEdge(g, theme);
        if (throughList && coordinated != null && coordinated.getRelation().toString().equals("conj") && Syntax.child(g, theme, "acl") != null
                && g.outgoingEdgeList(coordinated.getGovernor()).stream().noneMatch(e -> e.getRelation().toString().equals("conj")
                        && e.getDependent().index() > coordinated.getDependent().index())
                && isMilitary(s, coordinated.getGovernor(), false)) {
            // « des armes légères, des munitions et des camions donnés par la Russie »: a participle on the last
            // conjunct is said of the whole list
            return true;
        }
        if (PERSONNEL.contains(Morph.lemma(theme))) {
            // « Cuba y dépêche 50 000 soldats, présence que Washington dénonce comme une armée … »; but « des
            // instructeurs, mais aussi des avions de combat »: materiel coordinated with the personnel
            return g.outgoingEdgeList(theme).stream().anyMatch(e -> e.getRelation().toString().equals("conj") && isMilitary(s, e.getDependent(), false));
        }
        SemanticGraphEdge named = Syntax.parentEdge(g, theme);
        if (named != null && named.getRelation().toString().equals("appos") && "PROPN".equals(theme.tag())
                && cues.isWord(Cues.Kind.military, named.getGovernor().word())) {
            return true; // « des sous-marins de classe Nagapasa reçus de la Corée du Sud »: the class's name is the materiel's
        }
        IndexedWord ofKind = RelativeAntecedent.kindOf(g, theme);
        if (!ofKind.equals(theme)) {
            return isMilitary(s, ofKind, throughList); // « des chasseurs de mines de la classe Kondor II, transférés »: what the kind is of
        }
        if (partitivePronoun(theme)) {
            // "le Togo en a acquis": "en" stands for what was named before.
            return materielBefore(s, theme);
        }
        if (NotTheme.numberForItsNoun(g, theme)) {
            // « ces avions font partie des trente-quatre commandés aux États-Unis »: a number with its article stands
            // for the noun named before it
            return materielBefore(s, theme);
        }
        IndexedWord whole = SHARE.contains(Morph.lemma(theme)) ? Syntax.child(g, theme, "nmod") : null;
        IndexedWord whose = whole == null ? null : Syntax.child(g, whole, "det");
        if (whole != null && ARSENAL.contains(Morph.lemma(whole)) && Anaphora.isPossessive(whose)) {
            return true; // « l'essentiel de son (notre) équipement »: a share of what a force holds
        }
        SemanticGraphEdge listed = whole != null && Syntax.lower(whole).equals("dont") ? Syntax.parentEdge(g, theme) : null;
        if (listed != null && listed.getRelation().toString().equals("appos")) {
            return isMilitary(s, listed.getGovernor(), throughList); // « des lance-roquettes, dont une partie livrée par … »
        }
        // not « s'équipe en grande partie auprès de Moscou », an adverbial
        if (SHARE.contains(Morph.lemma(theme)) && Syntax.child(g, theme, "case") == null && (whole == null || STOCK.contains(Morph.lemma(whole)))) {
            // « cède une partie de sa flotte », « en prête une partie »: a share of the materiel named before
            return materielBefore(s, theme);
        }
        List<IndexedWord> frontier = List.of(theme);
        for (int depth = 0; depth <= THEME_DEPTH && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                Mention m = s.mentionAt(n);
                if ((m != null && m.actor().isWeapon()) || cues.isWord(Cues.Kind.military, n.word()) || militaryPhraseAt(s, n)
                        || depth > 0 && cues.isWord(Cues.Kind.militaryQualifier, n.word()) && !MILITARY_PRESENCE.contains(Morph.lemma(theme))
                        || depth == 0 && isModelName(g, n)) {
                    return true;
                }
                IndexedWord count = depth == 0 ? Syntax.child(g, n, "nummod") : null;
                if (count != null && "PROPN".equals(n.tag()) && m == null && count.index() < n.index()) {
                    // « Les hélicoptères viennent d'Inde : trois Chetak commandés en 2009 »: a counted name the lists
                    // do not hold, after materiel, is a model of it
                    return materielBefore(s, n);
                }
                if (depth == 0 && cues.isWord(Cues.Kind.materiel, n.word()) && !qualifiedMateriel(s, n)) {
                    // "des équipements miniers": a generic noun whose own modifiers are not military is not materiel,
                    // unless it refers back ("les appareils retenus ont été remis", "66 appareils d'ici 2026") to
                    // materiel named just before.
                    return (definite(g, n) || Syntax.child(g, n, "nummod") != null) && !describedAnew(s, n) && materielBefore(s, n);
                }
                if (depth > 0 && Syntax.isRelativePronoun(n)) {
                    IndexedWord antecedent = RelativeAntecedent.of(g, n);
                    if (antecedent != null && !antecedent.equals(theme)) {
                        next.add(antecedent);
                    }
                }
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    // not through an infinitive saying what the noun is for (« le projet d'installer une présence militaire »)
                    if (!purposeInfinitive(g, e) && !clauseOnNoun(g, e)) {
                        next.add(e.getDependent());
                    }
                }
            }
            frontier = next;
        }
        return false;
    }

    /**
     * « une note de protestation lui reprochant d'avoir vendu des armes »: a present participle on a noun says what the
     * noun does, not what it is made of, unless it is a verb of content (« un lot comprenant hélicoptères et blindés »).
     */
    private static boolean clauseOnNoun(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord verb = e.getDependent();
        return e.getRelation().toString().equals("acl") && "VERB".equals(verb.tag()) && Morph.of(verb).presentParticiple()
                && !CONTENT_VERBS.contains(Morph.lemma(verb));
    }

    private static boolean purposeInfinitive(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord mark = Syntax.child(g, e.getDependent(), "mark");
        return e.getRelation().toString().equals("acl") && "VERB".equals(e.getDependent().tag()) && Morph.of(e.getDependent()).infinitive()
                && mark != null && Syntax.lower(mark).startsWith("d");
    }

    /** « cent trente-cinq transports de troupes »: a military cue of several words that starts at the word. */
    private boolean militaryPhraseAt(LinkedSentence s, IndexedWord n) {
        List<CoreLabel> tokens = s.parsed().tokens();
        return n.index() >= 1 && n.index() <= tokens.size() && cues.startsPhrase(Cues.Kind.military, i -> tokens.get(i).word(), tokens.size(), n.index() - 1);
    }

    /** "les premiers L-29 Delfin vendus au Nigeria", "douze L-39NG": a model's designation. */
    private static boolean isModelName(SemanticGraph g, IndexedWord n) {
        IndexedWord next = g.getNodeByIndexSafe(n.index() + 1);
        return next != null && Syntax.isDesignation(n.word(), next.word());
    }

    /**
     * Whether materiel was named before a token, in its sentence or the two before (« l'A-29 a séduit vingt forces
     * aériennes. Embraer l'a livré à l'Équateur … les appareils que Washington a fournis à l'Afghanistan »).
     */
    private boolean materielBefore(LinkedSentence s, IndexedWord word) {
        return firstBefore(s, word, WINDOW, this::isMaterielWord) != null;
    }

    /** « des véhicules résistants aux mines »: a military noun, which never receives materiel. */
    boolean namesMateriel(LinkedSentence s, IndexedWord w) {
        return cues.isWord(Cues.Kind.military, w.word());
    }

    private boolean isMaterielWord(LinkedSentence s, int index) {
        String word = s.parsed().token(index).word();
        return cues.isWord(Cues.Kind.military, word) || cues.isWord(Cues.Kind.militaryQualifier, word) || weaponAt(s, index);
    }

    /**
     * « le navire sismique Oruç Reis »: an adjective of its own that does not pick out what was named before. A demonym
     * says whose it is, not what it is (« douze appareils belges »).
     */
    private static boolean describedAnew(LinkedSentence s, IndexedWord n) {
        return s.parsed().graph().outgoingEdgeList(n).stream().filter(e -> e.getRelation().toString().equals("amod"))
                .map(SemanticGraphEdge::getDependent)
                .anyMatch(a -> "ADJ".equals(a.tag()) && !REFERRING.contains(Morph.lemma(a)) && !isDemonym(s, a));
    }

    static boolean isDemonym(LinkedSentence s, IndexedWord w) {
        Mention m = s.mentionAt(w);
        return m != null && m.form() == NameForm.demonym;
    }

    /** « les appareils », « ces engins », « ses premiers appareils »: materiel already known. */
    private static boolean definite(SemanticGraph g, IndexedWord n) {
        IndexedWord det = Syntax.child(g, n, "det");
        return det != null && (DEFINITE.contains(Syntax.lower(det)) || POSSESSIVE.contains(Syntax.lower(det)));
    }

    /** Whether a generic materiel noun has a military word or a weapon among its own modifiers (two levels down). */
    private boolean qualifiedMateriel(LinkedSentence s, IndexedWord noun) {
        SemanticGraph g = s.parsed().graph();
        List<IndexedWord> frontier = List.of(noun);
        for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    IndexedWord d = e.getDependent();
                    Mention m = s.mentionAt(d);
                    if ((m != null && m.actor().isWeapon()) || cues.isWord(Cues.Kind.military, d.word())
                            || cues.isWord(Cues.Kind.militaryQualifier, d.word())) {
                        return true;
                    }
                    if (!e.getRelation().toString().startsWith("acl")) {
                        next.add(d);
                    }
                }
            }
            frontier = next;
        }
        return false;
    }

    /**
     * Whether another argument of the trigger, or of the support verb a noun trigger depends on ("a achevé la livraison
     * à la Syrie de systèmes S-300"), names military materiel: the parser may bind the theme elsewhere.
     */
    private boolean hasMilitaryArgument(LinkedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.parsed().graph();
        List<SemanticGraphEdge> edges = new ArrayList<>(g.outgoingEdgeList(trigger));
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (Syntax.isNoun(trigger) && in != null && cues.isWord(Cues.Kind.supportVerb, Morph.lemma(in.getGovernor()))) {
            // (not the trigger itself: « la livraison de militaires russes a été confirmée » names no materiel)
            g.outgoingEdgeList(in.getGovernor()).stream().filter(e -> !e.getDependent().equals(trigger)).forEach(edges::add);
        }
        for (SemanticGraphEdge e : edges) {
            String rel = e.getRelation().toString();
            // (not the means of an active verb beside its object: « a acheminé par avions militaires des vivres »)
            boolean means = rel.startsWith("obl") && !rel.equals("obl:agent") && "par".equals(Syntax.caseWord(g, e.getDependent()))
                    && Syntax.child(g, trigger, "obj") != null;
            if ((rel.equals("obj") || rel.startsWith("obl") || rel.equals("nmod") || rel.equals("nsubj:pass"))
                    && !means && isMilitary(s, e.getDependent())) {
                return true;
            }
        }
        return false;
    }

    List<Actor> weaponsUnder(LinkedSentence s, List<IndexedWord> nodes) {
        List<Actor> out = new ArrayList<>();
        SemanticGraph g = s.parsed().graph();
        Set<IndexedWord> under = new TreeSet<>(); // in the order of the text, so that items keep it
        nodes.forEach(node -> under.addAll(g.descendants(node)));
        for (IndexedWord d : under) {
            Mention m = s.mentionAt(d);
            if (m != null && m.actor().isWeapon() && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }

    /**
     * The weapons a theme itself names, whose origin can stand for a missing supplier: the theme's own words and
     * those that name it ("des chars T-72", "de 24 Rafale"), not weapons mentioned further down its phrase; for "en", an
     * object pronoun or a generic noun, the weapon it takes up ("pour vingt-quatre Rafale, avant que l'Inde n'en
     * commande"; {@link #antecedentWeapon}).
     */
    List<Actor> namedWeapons(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        List<Actor> out = new ArrayList<>();
        List<IndexedWord> frontier = new ArrayList<>(themes);
        for (IndexedWord theme : themes) {
            // « des avions Yak-130, dont quatre exemplaires ont été remis »: the part is of the materiel « dont » takes up
            IndexedWord dont = g.outgoingEdgeList(theme).stream().filter(e -> e.getRelation().toString().equals("nmod")
                    && "dont".equals(Syntax.lower(e.getDependent()))).map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            IndexedWord whole = dont == null ? null : RelativeAntecedent.of(g, dont);
            if (whole != null && !frontier.contains(whole)) {
                frontier.add(whole);
            }
        }
        for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                Mention m = s.mentionAt(n);
                if (depth == 0 && (m == null || !m.actor().isWeapon())) {
                    Mention taken = antecedentWeapon(s, n);
                    m = taken != null ? taken : m;
                }
                if (m != null && m.actor().isWeapon() && !out.contains(m.actor())) {
                    out.add(m.actor());
                }
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    if (NAMING.contains(e.getRelation().toString())) {
                        next.add(e.getDependent());
                    } else if (coordinatedQualifier(g, e)) {
                        g.outgoingEdgeList(e.getDependent()).stream().filter(a -> a.getRelation().toString().equals("appos"))
                                .forEach(a -> next.add(a.getDependent()));
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /**
     * « quatre avions d'entraînement et de combat Yak-130 »: the parser coordinates the second complement with the noun
     * itself; a conjunct with a preposition and no article still qualifies the noun, and the name on it is the noun's.
     */
    private static boolean coordinatedQualifier(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord conjunct = e.getDependent();
        return e.getRelation().toString().equals("conj") && Syntax.isNoun(conjunct) && Syntax.child(g, conjunct, "det") == null
                && Syntax.child(g, conjunct, "case") != null;
    }

    /**
     * The state a theme says the materiel was made in: « des lance-roquettes AT4 de fabrication suédoise », « des
     * munitions de facture soviétique », or null.
     */
    static Actor madeIn(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord theme : themes) {
            for (IndexedWord n : g.descendants(theme)) {
                if (!MAKING.contains(Morph.lemma(n)) || n.index() - theme.index() > 6) {
                    continue;
                }
                // The demonym may hang on the making noun or, misattached, on the materiel itself.
                List<IndexedWord> beside = new ArrayList<>(g.getChildren(n));
                beside.addAll(g.getChildren(theme));
                for (IndexedWord a : beside) {
                    Mention m = s.mentionAt(a);
                    if (m != null && m.actor().kind() == ActorKind.State) {
                        return m.actor();
                    }
                }
            }
        }
        return null;
    }

    /** « Oslo l'a vendu », « la Finlande a réceptionné les siens »: a pronoun that stands for what was named before. */
    private static boolean objectOrPossessivePronoun(LinkedSentence s, IndexedWord w) {
        return objectPronoun(w) || possessivePronoun(s.parsed().graph(), w);
    }

    /** « La Finlande a réceptionné les siens »: a possessive pronoun stands for what was named before, as « les » does. */
    private static boolean possessivePronoun(SemanticGraph g, IndexedWord w) {
        IndexedWord det = g == null ? null : Syntax.child(g, w, "det");
        return WeaponAnaphora.POSSESSIVE_PRONOUNS.contains(Syntax.lower(w)) && det != null
                && WeaponAnaphora.OBJECT_PRONOUNS.contains(Syntax.lower(det));
    }

    /** « en », which stands for what was named before (« le Togo en a acquis »). */
    private static boolean partitivePronoun(IndexedWord w) {
        return WeaponAnaphora.PARTITIVE_PRONOUNS.contains(Syntax.lower(w)) && "PRON".equals(w.tag());
    }

}
