package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ComplementRepairs}: "achète en 1996 des MiG-29 à la Biélorussie": the parser reads the partitive
 * « des » after a year as the preposition « de les » and hangs the object on the year; it is the verb's object, and
 * the phrases hung on it after it are the verb's complements.
 */
final class PartitiveAfterTime {
    private PartitiveAfterTime() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getGovernor();
            IndexedWord object = e.getDependent();
            IndexedWord verb = Syntax.verbOfOblique(g, time);
            if (!e.getRelation().toString().equals("nmod") || !"NUM".equals(time.tag()) || !Syntax.isPartitive(g, object)
                    || verb == null || Syntax.child(g, verb, "obj") != null || Syntax.child(g, object, "case").index() != time.index() + 1) {
                continue;
            }
            ParseRepairs.move(g, e, verb, "obj");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(object))) {
                if (c.getRelation().toString().equals("nmod") && c.getDependent().index() > object.index()
                        && Syntax.child(g, c.getDependent(), "case") != null && !"de".equals(Syntax.caseWord(g, c.getDependent()))) {
                    ParseRepairs.move(g, c, verb, "obl");
                }
            }
        }
    }
}
