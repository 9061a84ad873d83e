package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.ingest.TsvRows;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * What an anaphor asks for: its kind (a subject or object pronoun, a possessive, a definite description such as
 * « le pays » or « ces deux pays », « ce dernier »), number, gender, the count it names and its noun. Part of
 * {@link Discourse}, which finds what it stands for.
 */
record Anaphor(Anaphor.Kind kind, boolean plural, char gender, int count, String noun) {
    enum Kind { subjectPronoun, objectPronoun, possessive, description, lastNamed,
        /** « chaque capitale », « chacun des deux pays »: each of the two parties, the text's two protagonists first. */
        eachOfTwo,
        /** "nous", "notre", "nos": the voice of a communiqué or a statement. */
        firstPerson }

    /** The noun of a bare « chacun »: each of a pair named in its own sentence (« les deux pays …, chacun accusant l'autre »). */
    static final String BARE_EACH = "chacun";
    /** Head nouns of a definite description of a state (gazetteer/description-nouns.tsv). */
    private static final Set<String> STATE_NOUNS = firstColumn("gazetteer/description-nouns.tsv");
    private static final Set<String> TIME_OR_PLACE_CASES = FrenchWords.list("time-or-place-case");
    private static final Map<String, Integer> NUMBERS = Map.of("deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "six", 6,
            "2", 2, "3", 3, "4", 4, "5", 5);
    private static final Set<String> SINGULAR_DETERMINERS = FrenchWords.list("singular-determiner");
    private static final Set<String> PLURAL_DETERMINERS = FrenchWords.list("plural-determiner");
    private static final Set<String> COUNTERPARTS = FrenchWords.list("counterpart-noun");
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> SINGULAR_POSSESSIVES = FrenchWords.list("singular-possessive");
    private static final Set<String> LOCATIVE_IDIOMS = FrenchWords.list("locative-idiom-verb");
    private static final Set<String> IMPERSONAL_VERBS = FrenchWords.list("impersonal-verb");
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");

    /** What kind of anaphor a node is, or null. */
    static Anaphor of(LinkedSentence s, SemanticGraph g, IndexedWord n) {
        String w = Syntax.lower(n);
        String tag = n.tag();
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        String rel = in == null ? "root" : in.getRelation().toString();
        if (w.equals("y") && ("PRON".equals(tag) || "ADV".equals(tag)) && locative(g, in)) {
            // « Riyad … ; Washington a continué d'y livrer des hélicoptères »: « y » is the place the transfer goes to;
            // not beside a recipient of its own (« l'ambassadeur y a remis au président quatre hélicoptères »: there)
            boolean recipientNamed = g.outgoingEdgeList(in.getGovernor()).stream().anyMatch(e -> !e.getDependent().equals(n)
                    && (e.getRelation().toString().equals("iobj") || e.getRelation().toString().startsWith("obl")
                            && Syntax.hasCaseOrMark(g, e.getDependent(), Set.of("à"))));
            return recipientNamed ? null : new Anaphor(Kind.objectPronoun, false, 'e', 0, null);
        }
        if (rel.equals("obj") && DislocatedWeapon.resumedBy(s, n)) {
            return null;
        }
        if (w.equals("en") && Syntax.genitiveClitic(g, n)) {
            // « les États-Unis en étaient le fournisseur principal »: « en » says whose, as « son » would (its noun,
            // « en », tells Discourse it never stands for the subject of its clause)
            return new Anaphor(Kind.possessive, false, 'e', 0, "en");
        }
        if ("PRON".equals(tag) || "DET".equals(tag)) {
            switch (w) {
                case "il":
                    // « quand il a fallu combler un trou »: the subject of an impersonal verb stands for nothing
                    return rel.startsWith("nsubj") && !IMPERSONAL_VERBS.contains(Morph.lemma(in.getGovernor()))
                            ? new Anaphor(Kind.subjectPronoun, false, 'm', 0, null) : null;
                case "elle":
                    // « c'est elle qui équipe notre armée »: the focus of a cleft is the subject of its relative;
                    // « Dacca a reçu d'elle ses sous-marins »: after a preposition, a complement
                    return rel.startsWith("nsubj") || Syntax.isCleftFocus(g, n) ? new Anaphor(Kind.subjectPronoun, false, 'f', 0, null)
                            : Syntax.child(g, n, "case") != null ? new Anaphor(Kind.objectPronoun, false, 'f', 0, null) : null;
                case "elles":
                    return rel.startsWith("nsubj") || Syntax.isCleftFocus(g, n) ? new Anaphor(Kind.subjectPronoun, true, 'e', 0, null)
                            : Syntax.child(g, n, "case") != null ? new Anaphor(Kind.objectPronoun, true, 'f', 0, null) : null;
                case "ils":
                    return rel.startsWith("nsubj") ? new Anaphor(Kind.subjectPronoun, true, 'e', 0, null) : null;
                case "lui":
                    // « obtenu de lui »: after a preposition « lui » is masculine (« d'elle » for a feminine one)
                    return new Anaphor(Kind.objectPronoun, false, Syntax.child(g, n, "case") != null ? 'm' : 'e', 0, null);
                case "le":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'm', 0, null) : null;
                case "la":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'f', 0, null) : null;
                case "l'", "l’":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'e', 0, null) : null;
                case "les":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, true, 'e', 0, null) : null;
                case "leur":
                    return "PRON".equals(tag) || rel.equals("iobj") ? new Anaphor(Kind.objectPronoun, true, 'e', 0, null)
                            : new Anaphor(Kind.possessive, true, 'e', 0, null);
                case "son", "sa", "ses":
                    return rel.equals("det") || rel.equals("nmod:poss") ? new Anaphor(Kind.possessive, false, 'e', 0, null) : null;
                case "leurs":
                    return new Anaphor(Kind.possessive, true, 'e', 0, null);
                case "nous", "notre", "nos":
                    return new Anaphor(Kind.firstPerson, true, 'e', 0, null);
                case "mon", "ma", "mes":
                    // « mon gouvernement a accusé le Kremlin », said by an official: the speaker's country, as « notre »
                    return rel.equals("det") || rel.equals("nmod:poss") ? new Anaphor(Kind.firstPerson, false, 'e', 0, null) : null;
                case "chacun", "chacune":
                    // « chacune des deux capitales a accusé l'autre »
                    // (« la frontière entre les deux pays …, chacun accusant l'autre »: bare, each of a pair its sentence names)
                    return g.getChildren(n).stream().filter(c -> Syntax.isNoun(c) && STATE_NOUNS.contains(Syntax.lower(c)))
                            .findFirst().map(c -> new Anaphor(Kind.eachOfTwo, true, 'e', 2, Syntax.lower(c)))
                            .orElse(g.getChildren(n).isEmpty() ? new Anaphor(Kind.eachOfTwo, true, 'e', 2, BARE_EACH) : null);
                case "celui-ci", "celle-ci":
                    return new Anaphor(Kind.lastNamed, false, 'e', 0, "pays");
                default:
                    return null;
            }
        }
        if (!Syntax.isNoun(n) || !STATE_NOUNS.contains(w) && !COUNTERPARTS.contains(w) && !w.equals("dernier") && !w.equals("dernière")) {
            return null;
        }
        String det = null;
        String qualified = w;
        int count = 0;
        // « Pékin arma ce petit pays devenu son unique allié »: after a demonstrative, a participle describes
        IndexedWord article = Syntax.child(g, n, "det");
        boolean demonstrative = article != null && DEMONSTRATIVES.contains(Syntax.lower(article));
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            String r = e.getRelation().toString();
            String d = Syntax.lower(e.getDependent());
            if (r.equals("det")) {
                det = d;
            } else if (r.equals("amod") && s.mentionAt(e.getDependent()) == null) {
                // « l'ancienne puissance coloniale »: state-nouns.tsv may restrict the noun with an adjective
                qualified = qualified + " " + d;
            } else if (r.equals("nummod")) {
                count = count(d);
            } else if (r.equals("nmod") && !timeOrPlace(g, e.getDependent()) && !chargeOnCounterpart(s, g, n, article, e.getDependent())
                    // « l'ancienne puissance coloniale, qui équipe … », « la petite république, dont l'effort … »: a relative after a comma describes
                    || r.equals("acl:relcl") && !Syntax.precededBy(g, Syntax.yieldStart(g, e.getDependent()), ",")
                    // « Longtemps équipé par la France, le royaume »: a fronted participle is detached too.
                    || r.equals("acl") && !afterComma(g, e.getDependent()) && e.getDependent().index() > n.index() && !demonstrative
                    // « accuse son voisin de soutenir … »: what the verb charges it with, hung on the noun by the parser
                    && !chargeOnNoun(g, e.getDependent())
                    // « les deux pays, membres de l'OTAN, »: an apposed common noun describes, a name would name.
                    || r.equals("appos") && !("NOUN".equals(e.getDependent().tag()) && s.mentionAt(e.getDependent()) == null)
                    || r.equals("compound") || r.equals("amod") && s.mentionAt(e.getDependent()) != null) {
                // "le régime soudanais", "le pays voisin de ...": the phrase names its state, or is not about one before.
                return null;
            }
        }
        if (w.equals("dernier") || w.equals("dernière")) {
            return "ce".equals(det) || "cette".equals(det) ? new Anaphor(Kind.lastNamed, false, 'e', 0, "pays") : null;
        }
        if (det != null && COUNTERPARTS.contains(w) && SINGULAR_POSSESSIVES.contains(det)) {
            // "le Soudan reproche à son voisin": another state than the possessor, which the clause's subject rules out.
            return new Anaphor(Kind.description, false, 'e', 0, "pays");
        }
        if (det == null || !STATE_NOUNS.contains(w)) {
            return null;
        }
        if ((det.equals("le") || det.equals("la")) && g.outgoingEdgeList(n).stream()
                .anyMatch(e -> e.getRelation().toString().equals("amod") && Syntax.lower(e.getDependent()).equals("même"))) {
            // « reçus du Pakistan, ainsi que les avions fournis par le même pays »: the state just named
            return new Anaphor(Kind.lastNamed, false, 'e', 0, "pays");
        }
        if (det.equals("chaque")) {
            // « chaque capitale a accusé l'autre »: each of the two named last
            return new Anaphor(Kind.eachOfTwo, true, 'e', 2, qualified);
        }
        boolean plural = PLURAL_DETERMINERS.contains(det);
        if (!plural && !SINGULAR_DETERMINERS.contains(det) || det.equals("les") && count == 0) {
            // "les pays" alone is generic; "les deux pays", "ces pays" refer back.
            return null;
        }
        return new Anaphor(Kind.description, plural || count > 1, 'e', count, qualified);
    }

    /**
     * « accusé son voisin d'une ingérence »: the charge a verb's object is accused of, a common noun with « de » the
     * parser hung on a counterpart noun with its possessive.
     */
    private static boolean chargeOnCounterpart(LinkedSentence s, SemanticGraph g, IndexedWord noun, IndexedWord article, IndexedWord charge) {
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        return COUNTERPARTS.contains(Syntax.lower(noun)) && article != null && SINGULAR_POSSESSIVES.contains(Syntax.lower(article))
                && "NOUN".equals(charge.tag()) && s.mentionAt(charge) == null && Syntax.hasCaseOrMark(g, charge, DE)
                && in != null && in.getRelation().toString().equals("obj") && "VERB".equals(in.getGovernor().tag());
    }

    /** « de soutenir les rebelles »: an infinitive with « de », which tells no kind of state. */
    private static boolean chargeOnNoun(SemanticGraph g, IndexedWord clause) {
        IndexedWord mark = Syntax.child(g, clause, "mark");
        return mark != null && Syntax.lower(mark).startsWith("d") && Morph.of(clause).infinitive();
    }

    /** A description by a noun that designates states (« le royaume », « la république »), not an organ's owner. */
    boolean byStateNoun() {
        return kind == Kind.description && noun != null && STATE_NOUNS.contains(noun.split(" ")[0]);
    }

    /** « y » on a verb, not in « il y a » or « y compris ». */
    private static boolean locative(SemanticGraph g, SemanticGraphEdge in) {
        return in != null && "VERB".equals(in.getGovernor().tag()) && !LOCATIVE_IDIOMS.contains(Morph.lemma(in.getGovernor()));
    }

    /** « aux trois pays, livrés à … »: a participle after a comma adds to the description, it does not restrict it. */
    private static boolean afterComma(SemanticGraph g, IndexedWord participle) {
        return Syntax.precededBy(g, participle.index(), ",");
    }

    /** The number a word counts ("deux", "trois" ...), or 0. */
    static int count(String lowerCase) {
        return NUMBERS.getOrDefault(lowerCase, 0);
    }

    /** « les deux pays depuis leur indépendance »: a complement the parser hung on the noun that says when or where. */
    private static boolean timeOrPlace(SemanticGraph g, IndexedWord complement) {
        String c = Syntax.caseWord(g, complement);
        return c != null && TIME_OR_PLACE_CASES.contains(c.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun may head a description of a state (« le pays », « le royaume »). */
    static boolean isStateNoun(String lowerCase) {
        return STATE_NOUNS.contains(lowerCase);
    }

    private static Set<String> firstColumn(String resource) {
        Set<String> words = new HashSet<>();
        TsvRows.bundled(resource, 1).forEach(r -> words.add(r.cell(0)));
        return Set.copyOf(words);
    }
}
