package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Coordinations the parser hangs on the wrong phrase: a conjunct with a preposition coordinates with the phrase
 * before it that has the same preposition (« armée par l'Union soviétique puis par la Russie », read as a conjunct of
 * the subject), and « tant X que Y » coordinates the verb's object (« arment depuis des décennies tant la Grèce que
 * la Turquie », read as conjuncts of the time phrase), and a noun phrase coordinated with a verb that has an object
 * before it coordinates that object ({@link #objectConjuncts}), and a list of names with « de » on one noun coordinates
 * them (« les ministres du Burkina Faso, du Mali et du Niger »: the parser hangs the middle one on the noun), and a
 * « de » complement after two coordinated adjectives is the noun's ({@link #complementAfterAdjectives}).
 */
final class CoordinatedPhrases {
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> DE_ADJECTIVES = FrenchWords.list("de-adjective");
    private static final Set<String> TIME_CASES = FrenchWords.list("time-case");
    private static final Set<String> PHRASE_CASES = FrenchWords.list("phrase-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    /** A noun, a name, or a model designation the tokenizer split (« F », « -15 », « QA »). */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "X");
    /** The dependents that make a noun a clause or a phrase with a preposition, not a conjunct of an object. */
    private static final Set<String> CLAUSE_WORDS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "orphan", "cop", "case", "aux", "aux:pass", "mark", "obl");

    private CoordinatedPhrases() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (e.getRelation().toString().equals("conj") && g.containsEdge(e)) {
                prepositionalConjunct(g, e);
            }
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (e.getRelation().toString().equals("nmod") && g.containsEdge(e)) {
                listedComplement(g, e);
            }
            if (e.getRelation().toString().equals("conj") && g.containsEdge(e)) {
                complementAfterAdjectives(g, e);
            }
            if (e.getRelation().toString().equals("appos") && g.containsEdge(e)) {
                nounAfterCoordinatedAdjective(g, e);
            }
        }
        for (IndexedWord first : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord tant = Syntax.child(g, first, "cc");
            if (tant != null && "tant".equals(Syntax.lower(tant)) && tant.index() < first.index() && Syntax.isNoun(first)) {
                tantQue(g, first);
            }
        }
    }

    /**
     * « a envoyé en Ouganda des milliers d'hommes, mais aussi des chars T-55 »: a bare noun phrase (no preposition, no
     * clause of its own) coordinated with a verb whose object comes before it coordinates that object. Run after the
     * repairs that find the verb's object (« a envoyé au Soudan des instructeurs »: the object the parser hung on the
     * dative).
     */
    static void objectConjuncts(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("conj")) {
                continue;
            }
            // each repair moves the edge away (a new one) or leaves it for the next
            if (g.containsEdge(e)) {
                objectConjunctOnVerb(g, e);
            }
            if (g.containsEdge(e)) {
                nameConjunctOnAdjunct(g, e);
            }
            if (g.containsEdge(e)) {
                infinitiveConjunctOnVerb(g, e);
            }
        }
    }

    private static void objectConjunctOnVerb(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord verb = e.getGovernor();
        IndexedWord noun = e.getDependent();
        IndexedWord object = Syntax.child(g, verb, "obj");
        // (bare nouns coordinated with a bare object: « livrer armes et conseillers à l'Éthiopie »)
        boolean bare = object != null && Syntax.child(g, noun, "det") == null && Syntax.child(g, object, "det") == null && "NOUN".equals(noun.tag())
                && Syntax.child(g, noun, "cc") != null;
        if (!"VERB".equals(verb.tag()) || !NOMINAL_TAGS.contains(noun.tag()) || Syntax.child(g, noun, "det") == null && !bare || object == null
                || object.index() > noun.index() || Syntax.isRelativePronoun(object) || g.outgoingEdgeList(noun).stream().anyMatch(x -> CLAUSE_WORDS.contains(x.getRelation().toString()))) {
            return;
        }
        ParseRepairs.move(g, e, object, "conj");
    }

    /**
     * « Moscou accuse Kiev d'avoir armé la Géorgie, et même d'avoir fourni les servants … »: an infinitive with « de »
     * coordinated with a verb that has such an infinitive before it coordinates that infinitive.
     */
    private static void infinitiveConjunctOnVerb(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord verb = e.getGovernor();
        IndexedWord infinitive = e.getDependent();
        IndexedWord first = Syntax.child(g, verb, "xcomp");
        if (!"VERB".equals(verb.tag()) || Morph.of(verb).infinitive() || !withDe(g, infinitive) || first == null
                || first.index() > infinitive.index() || !withDe(g, first) || ParseRepairs.isBelow(g, first, infinitive)) {
            return;
        }
        ParseRepairs.move(g, e, first, "conj");
    }

    /** « d'avoir fourni », « de livrer »: a verb marked by « de ». */
    private static boolean withDe(SemanticGraph g, IndexedWord verb) {
        IndexedWord mark = Syntax.child(g, verb, "mark");
        return mark != null && DE.contains(Syntax.lower(mark));
    }

    /**
     * « Moscou arme l'Égypte depuis le milieu des années 1950 et la Syrie depuis plus d'une décennie »: the parser
     * coordinates the second name with the first one's time phrase. A name without preposition coordinated with a
     * common noun that has one, the oblique of a verb whose object is a name before it, coordinates that object.
     */
    private static void nameConjunctOnAdjunct(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord adjunct = e.getGovernor();
        IndexedWord name = e.getDependent();
        SemanticGraphEdge in = Syntax.parentEdge(g, adjunct);
        IndexedWord verb = in == null ? null : in.getGovernor();
        IndexedWord object = verb == null ? null : Syntax.child(g, verb, "obj");
        if (in == null || !"PROPN".equals(name.tag()) || !"NOUN".equals(adjunct.tag()) || Syntax.child(g, name, "case") != null
                || Syntax.child(g, adjunct, "case") == null || !in.getRelation().toString().startsWith("obl") || !"VERB".equals(verb.tag())
                || object == null || !"PROPN".equals(object.tag()) || object.index() > adjunct.index() || ParseRepairs.isBelow(g, object, name)) {
            return;
        }
        ParseRepairs.move(g, e, object, "conj");
    }

    /**
     * « par l'Union soviétique puis par la Russie »: a conjunct with a preposition its governor lacks belongs to the
     * nearest phrase before it with that preposition that is a verb's oblique; a time phrase hung on it (« depuis les années 1950 ») is
     * said of that phrase's verb.
     */
    private static void prepositionalConjunct(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord gov = e.getGovernor();
        IndexedWord conjunct = e.getDependent();
        String prep = elided(Syntax.caseWord(g, conjunct));
        if (prep == null || prep.equals(elided(Syntax.caseWord(g, gov))) || gov.index() > conjunct.index()) {
            return;
        }
        IndexedWord same = null;
        // « armé par l'Union soviétique puis, à partir des années 1970, par la France »: hung on the time phrase after
        // it; not a partitive article (« des radars et des blindés »)
        int from = Syntax.isPartitive(g, conjunct) ? gov.index() : 0;
        for (int i = conjunct.index() - 1; i > from && same == null; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            SemanticGraphEdge in = w == null ? null : Syntax.parentEdge(g, w);
            if (in != null && Syntax.isNoun(w) && prep.equals(elided(Syntax.caseWord(g, w))) && !ParseRepairs.isBelow(g, w, conjunct)
                    && in.getRelation().toString().startsWith("obl") && "VERB".equals(in.getGovernor().tag())) {
                same = w;
            }
        }
        if (same == null) {
            return;
        }
        ParseRepairs.move(g, e, same, "conj");
        SemanticGraphEdge up = Syntax.parentEdge(g, same);
        IndexedWord verb = up == null ? null : up.getGovernor();
        if (verb == null || !"VERB".equals(verb.tag())) {
            return;
        }
        for (SemanticGraphEdge t : new ArrayList<>(g.outgoingEdgeList(conjunct))) {
            IndexedWord d = t.getDependent();
            if (d.index() > conjunct.index() && (Syntax.hasCaseOrMark(g, d, PHRASE_CASES)
                    || Syntax.hasCaseOrMark(g, d, TIME_CASES) && TIME_NOUNS.contains(Morph.lemma(d)))) {
                ParseRepairs.move(g, t, verb, "obl");
            }
        }
    }

    /**
     * « les ministres des Affaires étrangères du Burkina Faso, du Mali et du Niger »: a name with « de » right after a
     * comma that ends a sibling name with « de », itself coordinated with a name with « de » after it, is the middle of
     * one list: it and what is coordinated with it become conjuncts of the first name.
     */
    private static void listedComplement(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord head = e.getGovernor();
        IndexedWord middle = e.getDependent();
        IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, middle) - 1);
        List<IndexedWord> later = g.outgoingEdgeList(middle).stream().filter(x -> x.getRelation().toString().equals("conj"))
                .map(SemanticGraphEdge::getDependent).filter(x -> "PROPN".equals(x.tag()) && "de".equals(elided(Syntax.caseWord(g, x))))
                .toList();
        if (!"PROPN".equals(middle.tag()) || !"de".equals(elided(Syntax.caseWord(g, middle))) || comma == null || !",".equals(comma.word())
                || later.isEmpty()) {
            return;
        }
        // (« des Affaires étrangères du Burkina Faso, du Mali »: the first name may hang on a complement of the noun)
        IndexedWord first = null;
        for (IndexedWord d : g.descendants(head)) {
            SemanticGraphEdge in = Syntax.parentEdge(g, d);
            if (in != null && in.getRelation().toString().equals("nmod") && "PROPN".equals(d.tag()) && "de".equals(elided(Syntax.caseWord(g, d)))
                    && Syntax.lastWordOf(g, d) == comma.index() - 1 && !d.equals(middle)) {
                first = d;
            }
        }
        if (first == null) {
            return;
        }
        ParseRepairs.move(g, e, first, "conj");
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(middle))) {
            if (c.getRelation().toString().equals("conj") && later.contains(c.getDependent())) {
                ParseRepairs.move(g, c, first, "conj");
            }
        }
    }

    /**
     * « le fournisseur historique et presque exclusif des forces tadjikes »: the parser hangs the « de » complement on
     * the second of two adjectives coordinated on a noun; it is the noun's, unless that adjective takes one (« proche
     * de », « dépendant de »: french-words de-adjective).
     */
    private static void complementAfterAdjectives(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord second = e.getDependent();
        // (the second adjective hung on the first, or on the noun itself)
        SemanticGraphEdge toNoun = "ADJ".equals(e.getGovernor().tag()) ? Syntax.parentEdge(g, e.getGovernor()) : null;
        IndexedWord noun = toNoun != null && toNoun.getRelation().toString().equals("amod") ? toNoun.getGovernor() : e.getGovernor();
        IndexedWord first = g.outgoingEdgeList(noun).stream().filter(x -> x.getRelation().toString().equals("amod") && "ADJ".equals(x.getDependent().tag())
                && x.getDependent().index() > noun.index() && x.getDependent().index() < second.index()).map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
        if (first == null || !"ADJ".equals(second.tag()) || !Syntax.isNoun(noun) || DE_ADJECTIVES.contains(Morph.lemma(second))
                || DE_ADJECTIVES.contains(Syntax.lower(second))) {
            return;
        }
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(second))) {
            IndexedWord complement = c.getDependent();
            if (c.getRelation().toString().matches("obl.*|nmod") && complement.index() > second.index() && Syntax.isNoun(complement)
                    && "de".equals(elided(Syntax.caseWord(g, complement)))) {
                ParseRepairs.move(g, c, noun, "nmod");
            }
        }
    }

    /**
     * « Partenaire militaire traditionnel et principal pourvoyeur d'équipements »: the parser coordinates the adjective
     * right before the second noun with the first noun's adjective and makes the second noun an apposition. The
     * adjective is the second noun's, and the nouns are coordinated.
     */
    private static void nounAfterCoordinatedAdjective(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord firstNoun = e.getGovernor();
        IndexedWord secondNoun = e.getDependent();
        IndexedWord adjective = g.getNodeByIndexSafe(secondNoun.index() - 1);
        SemanticGraphEdge toAdjective = adjective == null ? null : Syntax.parentEdge(g, adjective);
        IndexedWord cc = adjective == null ? null : Syntax.child(g, adjective, "cc");
        if (adjective == null || !Syntax.isNoun(firstNoun) || !"NOUN".equals(secondNoun.tag()) || !"ADJ".equals(adjective.tag()) || toAdjective == null || cc == null
                || !toAdjective.getRelation().toString().equals("conj") || !ParseRepairs.isBelow(g, adjective, firstNoun)
                || Syntax.child(g, secondNoun, "det") != null) {
            return;
        }
        ParseRepairs.move(g, toAdjective, secondNoun, "amod");
        ParseRepairs.move(g, Syntax.parentEdge(g, cc), secondNoun, "cc");
        ParseRepairs.move(g, e, firstNoun, "conj");
    }

    /** « d'avions » and « de chars » have the same preposition. */
    private static String elided(String caseWord) {
        return caseWord == null ? null : DE.contains(caseWord) ? "de" : caseWord;
    }

    /** « tant la Grèce que la Turquie » hung on a phrase of a verb with no object: the verb's object. */
    private static void tantQue(SemanticGraph g, IndexedWord first) {
        SemanticGraphEdge in = Syntax.parentEdge(g, first);
        IndexedWord verb = null;
        for (SemanticGraphEdge up = in; up != null && verb == null; up = Syntax.parentEdge(g, up.getGovernor())) {
            verb = "VERB".equals(up.getGovernor().tag()) ? up.getGovernor() : null;
        }
        if (in == null || verb == null || in.getGovernor().equals(verb) && in.getRelation().toString().equals("obj")
                || Syntax.child(g, verb, "obj") != null || verb.index() > first.index() || Syntax.caseWord(g, first) != null) {
            return;
        }
        ParseRepairs.move(g, in, verb, "obj");
    }
}
