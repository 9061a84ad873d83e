package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « elle leur a déjà remis, il y a une quinzaine d'années, des fusils d'assaut, des lance-roquettes … »: « il y a » with
 * a length of time says when (« ago »). Set off by commas after a verb, the parser takes it for the clause and hangs
 * the verb before it and that verb's objects on it. The verb before keeps its place and its objects; « il y a … » is
 * its adjunct of time.
 */
final class AgoPhrase {
    private static final Set<String> TIME_NOUNS = FrenchWords.list("repair-time-noun");
    private static final Set<String> COUNTS = FrenchWords.list("approximate-noun");

    private AgoPhrase() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord avoir : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord y = g.getNodeByIndexSafe(avoir.index() - 1);
            IndexedWord il = g.getNodeByIndexSafe(avoir.index() - 2);
            IndexedWord length = Syntax.child(g, avoir, "obj");
            SemanticGraphEdge in = Syntax.parentEdge(g, avoir);
            if (!"avoir".equals(Morph.lemma(avoir)) || y == null || il == null || !"y".equals(Syntax.lower(y)) || !"il".equals(Syntax.lower(il))
                    || length == null || !timeLength(g, length) || in == null || !Syntax.precededBy(g, il.index(), ",")) {
                continue;
            }
            IndexedWord verb = g.outgoingEdgeList(avoir).stream().map(SemanticGraphEdge::getDependent)
                    .filter(d -> "VERB".equals(d.tag()) && d.index() < il.index()).reduce((a, b) -> b).orElse(null);
            if (verb == null) {
                continue;
            }
            ParseRepairs.move(g, Syntax.parentEdge(g, verb), in.getGovernor(), in.getRelation().toString());
            ParseRepairs.move(g, in, verb, "obl:mod");
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(length))) {
                // the objects the parser coordinated with the length of time
                IndexedWord object = Syntax.child(g, verb, "obj");
                if (e.getRelation().toString().equals("conj") && !timeLength(g, e.getDependent())) {
                    ParseRepairs.move(g, e, object == null ? verb : object, object == null ? "obj" : "conj");
                }
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(avoir))) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                if (d.index() > length.index() && !rel.startsWith("nsubj") && !rel.equals("expl")) {
                    IndexedWord object = Syntax.child(g, verb, "obj");
                    if (rel.equals("obj") && object != null) {
                        ParseRepairs.move(g, e, object, "conj");
                    } else {
                        ParseRepairs.move(g, e, verb, rel);
                    }
                }
            }
        }
    }

    /** « trois ans », « une quinzaine d'années », « quelques mois »: a length of time. */
    private static boolean timeLength(SemanticGraph g, IndexedWord n) {
        if (TIME_NOUNS.contains(Morph.lemma(n))) {
            return true;
        }
        IndexedWord of = Syntax.child(g, n, "nmod");
        return (COUNTS.contains(Syntax.lower(n)) || COUNTS.contains(Morph.lemma(n))) && of != null && TIME_NOUNS.contains(Morph.lemma(of));
    }
}
