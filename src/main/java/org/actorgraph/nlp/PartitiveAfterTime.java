package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: "achète en 1996 des MiG-29 à la Biélorussie": the parser reads the partitive
 * « des » after a year as the preposition « de les » and hangs the object on the year, or on the verb as an oblique
 * ("vend en 1985 des Tornado à Riyad"); it is the verb's object, and the phrases hung on it after it are the verb's
 * complements.
 */
final class PartitiveAfterTime {
    private static final Set<String> TIME_WORDS = FrenchWords.list("time-word");

    private PartitiveAfterTime() {}

    static void apply(SemanticGraph g) {
        countedAfterTimeOnObject(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord object = e.getDependent();
            IndexedWord verb = verbAfterTime(g, e);
            if (verb == null || !partitive(g, object)) {
                continue;
            }
            if (objectOfTime(g, verb, e.getGovernor())) {
                // « les Américains fournissaient la même année des véhicules »: the time phrase taken for the object
                ParseRepairs.move(g, Syntax.parentEdge(g, e.getGovernor()), verb, "obl:mod");
            }
            if (Syntax.child(g, verb, "obj") != null) {
                continue;
            }
            ParseRepairs.move(g, e, verb, "obj");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(object))) {
                if (c.getRelation().toString().startsWith("nmod") && c.getDependent().index() > object.index()
                        && Syntax.child(g, c.getDependent(), "case") != null && !"de".equals(Syntax.caseWord(g, c.getDependent()))) {
                    ParseRepairs.move(g, c, verb, "obl");
                }
            }
        }
    }

    /**
     * « La Force de défense a pris livraison l'an dernier de deux avions Dornier 228 »: a counted « de » phrase right
     * after a time phrase that follows the verb's object, which the parser hangs on the time word, completes the object.
     */
    private static void countedAfterTimeOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord counted = e.getDependent();
            IndexedWord time = e.getGovernor();
            IndexedWord count = Syntax.child(g, counted, "nummod");
            SemanticGraphEdge in = Syntax.parentEdge(g, time);
            if (!e.getRelation().toString().equals("nmod") || !timeWord(time) || timeWord(counted) || count == null
                    || count.index() > counted.index() || !"de".equals(Syntax.caseWord(g, counted)) || in == null
                    || !in.getRelation().toString().startsWith("obl") || Syntax.caseWord(g, count) != null) {
                continue;
            }
            IndexedWord object = Syntax.child(g, in.getGovernor(), "obj");
            if (object != null && Syntax.isNoun(object) && Syntax.phraseEnd(g, object) == Syntax.phraseStart(g, time) - 1
                    && Syntax.phraseStart(g, counted) == lastOf(g, time).index() + 1) {
                ParseRepairs.move(g, e, object, "nmod");
            }
        }
    }

    /** « mois », « années »: a time word, in the singular or the plural (« dans les années 1970 des avions »). */
    private static boolean timeWord(IndexedWord w) {
        return TIME_WORDS.contains(Syntax.lower(w)) || TIME_WORDS.contains(Morph.lemma(w));
    }

    /**
     * The verb whose object the partitive {@code e} hangs wrongly: on its year, on the verb right after its year, or on
     * a time phrase taken for the verb's object (« fournissaient la même année des véhicules »).
     */
    private static IndexedWord verbAfterTime(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord object = e.getDependent();
        IndexedWord caseWord = Syntax.child(g, object, "case");
        if (caseWord == null) {
            return null;
        }
        String rel = e.getRelation().toString();
        if (rel.equals("nmod")) {
            IndexedWord time = e.getGovernor();
            // « dès février 2022 des missiles »: a month or season with its year ends the time phrase too
            boolean dated = "NUM".equals(time.tag()) && caseWord.index() == time.index() + 1
                    || timeWord(time) && !timeWord(object)
                    && g.getChildren(time).stream().anyMatch(c -> "NUM".equals(c.tag())) && caseWord.index() == lastOf(g, time).index() + 1;
            if (!dated && timeWord(time) && !timeWord(object) && Syntax.child(g, time, "det") != null
                    && Syntax.child(g, time, "case") == null && caseWord.index() == lastOf(g, time).index() + 1) {
                SemanticGraphEdge in = Syntax.parentEdge(g, time);
                return in != null && in.getRelation().toString().equals("obj") ? in.getGovernor() : null;
            }
            return dated ? Syntax.verbOfOblique(g, time) : null;
        }
        if (!rel.startsWith("obl") || !"VERB".equals(e.getGovernor().tag())) {
            return null;
        }
        for (SemanticGraphEdge t : g.outgoingEdgeList(e.getGovernor())) {
            IndexedWord time = t.getDependent();
            if (t.getRelation().toString().startsWith("obl") && "NUM".equals(time.tag()) && caseWord.index() == time.index() + 1) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** « des véhicules », and « de nouveaux lanceurs »: the plural indefinite « de » before an adjective. */
    private static boolean partitive(SemanticGraph g, IndexedWord object) {
        IndexedWord first = g.getNodeByIndexSafe(Syntax.phraseStart(g, object) + 1);
        return Syntax.isPartitive(g, object) || Morph.of(object).plural() && "de".equals(Syntax.caseWord(g, object))
                && Syntax.child(g, object, "det") == null && first != null && "ADJ".equals(first.tag());
    }

    private static boolean objectOfTime(SemanticGraph g, IndexedWord verb, IndexedWord time) {
        SemanticGraphEdge in = Syntax.parentEdge(g, time);
        return in != null && in.getRelation().toString().equals("obj") && in.getGovernor().equals(verb);
    }

    /** The last word of the time phrase headed by {@code time}, its own dependents other than the partitive. */
    private static IndexedWord lastOf(SemanticGraph g, IndexedWord time) {
        IndexedWord last = time;
        for (SemanticGraphEdge c : g.outgoingEdgeList(time)) {
            // « les années 1970 », whose year the parser may hang as a bare nmod
            boolean year = "NUM".equals(c.getDependent().tag()) && Syntax.child(g, c.getDependent(), "case") == null;
            if ((c.getRelation().toString().matches("compound|nummod|flat|amod") || year) && c.getDependent().index() > last.index()) {
                last = c.getDependent();
            }
        }
        return last;
    }
}
