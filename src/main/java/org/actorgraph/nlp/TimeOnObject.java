package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;

/** Part of {@link ComplementRepairs}: a time phrase the parser hung on the verb's object dates the verb. */
final class TimeOnObject {
    private static final Set<String> SINCE = FrenchWords.list("since-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> REPAIR_TIME_NOUNS = FrenchWords.list("repair-time-noun");
    private static final Set<String> UNTIL = FrenchWords.list("until-case");
    private static final Set<String> DURATION = FrenchWords.list("duration-case");
    private static final Set<String> APPOSITIONS = Set.of("appos", "conj");
    private static final Set<String> DATE_WORDS = FrenchWords.list("time-word");
    private static final Set<String> ADVERBIAL_NOUNS = FrenchWords.list("adverbial-phrase-noun");
    private static final Set<String> STANDING_RELATIONS = FrenchWords.list("standing-relation-noun");

    private TimeOnObject() {}

    static void apply(SemanticGraph g) {
        sinceOnObject(g);
        adverbialOnObject(g);
        sinceAfterApposition(g);
        untilOnObject(g);
        objectAfterTime(g);
        bareDateTakenForObject(g);
    }

    /**
     * « Vilnius a signé fin 2022 avec Washington la commande de huit HIMARS »: the parser makes the bare date (« fin
     * 2022 », « mars 2023 ») the verb's object and hangs the object after it on a complement in between, as its
     * apposition. The date dates the verb; the noun phrase with its article is the object.
     */
    private static void bareDateTakenForObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord date = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("obj") || !"VERB".equals(verb.tag()) || !DATE_WORDS.contains(Syntax.lower(date))
                    || Syntax.child(g, date, "det") != null || g.getChildren(date).stream().noneMatch(c -> "NUM".equals(c.tag()))) {
                continue;
            }
            g.outgoingEdgeList(verb).stream()
                    .filter(c -> c.getRelation().toString().startsWith("obl") && c.getDependent().index() > date.index())
                    .flatMap(c -> g.outgoingEdgeList(c.getDependent()).stream())
                    .filter(a -> a.getRelation().toString().equals("appos") && "NOUN".equals(a.getDependent().tag())
                            && Syntax.child(g, a.getDependent(), "det") != null)
                    .findFirst().ifPresent(a -> {
                        ParseRepairs.move(g, a, verb, "obj");
                        ParseRepairs.move(g, e, verb, "obl:mod");
                    });
        }
    }

    /**
     * « Riyad accusait l'an dernier Ottawa d'ingérence »: the parser makes the time phrase the verb's object and the
     * name after it the time's apposition. The name is the object; the time phrase dates the verb.
     */
    private static void objectAfterTime(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !"VERB".equals(e.getGovernor().tag())
                    || !REPAIR_TIME_NOUNS.contains(Morph.lemma(time)) || Syntax.child(g, time, "det") == null) {
                continue;
            }
            SemanticGraphEdge object = g.outgoingEdgeList(time).stream()
                    .filter(a -> a.getDependent().index() > time.index() && "PROPN".equals(a.getDependent().tag())
                            && a.getRelation().toString().matches("appos|flat:name|nmod") && Syntax.child(g, a.getDependent(), "case") == null)
                    .findFirst().orElse(null);
            if (object != null) {
                ParseRepairs.move(g, object, e.getGovernor(), "obj");
                ParseRepairs.move(g, e, e.getGovernor(), "obl:mod");
            }
        }
    }

    /**
     * "Washington équipe l'armée grecque depuis la fin des années 1940", "arme les deux pays depuis leur
     * indépendance", « arme le Pakistan depuis des décennies », « équipe le régime syrien pendant trois décennies »: a
     * time phrase with « depuis » (or « dès » and a time), or a duration with « pendant » or « durant », that the parser
     * hung on the verb's object dates the verb; an object does not last since a year.
     */
    private static void sinceOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getDependent();
            SemanticGraphEdge object = Syntax.parentEdge(g, e.getGovernor());
            boolean since = Syntax.hasCaseOrMark(g, time, SINCE)
                    && (TIME_NOUNS.contains(Morph.lemma(time)) || "NUM".equals(time.tag()) || "depuis".equals(Syntax.caseWord(g, time)));
            if (e.getRelation().toString().equals("nmod") && (since || Syntax.hasCaseOrMark(g, time, DURATION))
                    && object != null && object.getRelation().toString().equals("obj") && "VERB".equals(object.getGovernor().tag())
                    && Syntax.isNoun(e.getGovernor())) {
                ParseRepairs.move(g, e, object.getGovernor(), "obl:mod");
            }
        }
    }

    /**
     * « qui équipent notre garde côtière de longue date », « a livré des obus à l'armée à plusieurs reprises »: an
     * adverbial phrase (a noun of adverbial-phrase-noun with its adjective or determiner) that the parser hung on the
     * verb's object, or on a noun under it, says how the verb's action goes, not what the object is (but « un de ses
     * fournisseurs de longue date »: a relation that lasts).
     */
    private static void adverbialOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord phrase = e.getDependent();
            if (!e.getRelation().toString().equals("nmod") || !ADVERBIAL_NOUNS.contains(Morph.lemma(phrase))
                    || Syntax.child(g, phrase, "amod") == null && Syntax.child(g, phrase, "det") == null
                    || !Syntax.isNoun(e.getGovernor()) || STANDING_RELATIONS.contains(Morph.lemma(e.getGovernor()))) {
                continue;
            }
            IndexedWord noun = e.getGovernor();
            for (int up = 0; up < 2 && noun != null; up++) {
                SemanticGraphEdge in = Syntax.parentEdge(g, noun);
                if (in != null && in.getRelation().toString().matches("obj|iobj|obl:arg") && "VERB".equals(in.getGovernor().tag())) {
                    ParseRepairs.move(g, e, in.getGovernor(), "obl:mod");
                    break;
                }
                noun = in != null && in.getRelation().toString().equals("nmod") ? in.getGovernor() : null;
            }
        }
    }

    /**
     * « l'Union soviétique, fournisseur de l'Égypte depuis le milieu des années 1950, … », « Washington, allié et
     * fournisseur de Manille depuis l'indépendance, … »: a « depuis » phrase the parser hung on a name, after a noun
     * in apposition to it (or its conjunct, as the parser reads an apposition), dates that noun.
     */
    private static void sinceAfterApposition(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getDependent();
            IndexedWord name = e.getGovernor();
            if (!e.getRelation().toString().equals("nmod") || !"depuis".equals(Syntax.caseWord(g, time)) || !Syntax.isNoun(name)) {
                continue;
            }
            g.outgoingEdgeList(name).stream()
                    .filter(a -> APPOSITIONS.contains(a.getRelation().toString()) && "NOUN".equals(a.getDependent().tag())
                            && a.getDependent().index() > name.index() && a.getDependent().index() < time.index())
                    .max(Comparator.comparingInt(a -> a.getDependent().index()))
                    .ifPresent(a -> ParseRepairs.move(g, e, a.getDependent(), "nmod"));
        }
    }

    /**
     * "avaient équipé les deux armées jusqu'aux années 1960", "l'Égypte, armée par Londres jusqu'au début des années
     * 1950": a time phrase with « jusqu'à » that the parser hung on the verb's object, or on the noun a participle
     * describes, dates the verb or the participle.
     */
    private static void untilOnObject(SemanticGraph g) {
        untilTakenForAdjective(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getDependent();
            IndexedWord noun = e.getGovernor();
            if (!e.getRelation().toString().equals("nmod") || !Syntax.hasCaseOrMark(g, time, UNTIL)
                    || !(TIME_NOUNS.contains(Morph.lemma(time)) || "NUM".equals(time.tag()))) {
                continue;
            }
            IndexedWord participle = g.outgoingEdgeList(noun).stream()
                    .filter(a -> a.getRelation().toString().equals("acl") && "VERB".equals(a.getDependent().tag())
                            && a.getDependent().index() > noun.index() && a.getDependent().index() < time.index())
                    .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            SemanticGraphEdge objectIn = Syntax.parentEdge(g, noun);
            if (participle != null) {
                ParseRepairs.move(g, e, participle, "obl:mod");
            } else if (objectIn != null && objectIn.getRelation().toString().matches("obj|obl:agent") && "VERB".equals(objectIn.getGovernor().tag())) {
                ParseRepairs.move(g, e, objectIn.getGovernor(), "obl:mod");
            }
        }
    }

    /**
     * « équipée par l'Union soviétique jusqu'en 1989 »: the tagger takes the one token « jusqu'en » for an adjective of
     * the noun before it, and the parser hangs the year beside it. It is the year's preposition.
     */
    private static void untilTakenForAdjective(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord until = e.getDependent();
            IndexedWord next = g.getNodeByIndexSafe(until.index() + 1);
            SemanticGraphEdge nextIn = next == null ? null : Syntax.parentEdge(g, next);
            if (e.getRelation().toString().equals("amod") && Syntax.lower(until).matches("jusqu['’](en|à|au)")
                    && nextIn != null && nextIn.getGovernor().equals(e.getGovernor()) && nextIn.getRelation().toString().equals("nmod")
                    && ("NUM".equals(next.tag()) || TIME_NOUNS.contains(Morph.lemma(next)))) {
                ParseRepairs.move(g, e, next, "case");
            }
        }
    }
}
