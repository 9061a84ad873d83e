package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * « Reste la Chine : c'est auprès d'elle que le royaume avait acquis, à la fin des années 1980, des missiles »: the
 * parser hangs the object of a clause's verb, after an insert, on the verb of the clause above, which has an object of
 * its own. A second object after a dependent clause whose verb has none is that verb's.
 */
final class SecondObjectOfClause {
    private SecondObjectOfClause() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            List<SemanticGraphEdge> objects = g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("obj"))
                    .sorted((a, b) -> Integer.compare(a.getDependent().index(), b.getDependent().index())).toList();
            if (objects.size() != 2) {
                continue;
            }
            SemanticGraphEdge second = objects.get(1);
            int first = objects.get(0).getDependent().index();
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                IndexedWord clause = e.getDependent();
                if (e.getRelation().toString().matches("parataxis|ccomp|conj") && "VERB".equals(clause.tag())
                        && clause.index() > first && clause.index() < second.getDependent().index()
                        && Syntax.child(g, clause, "obj") == null && Syntax.child(g, clause, "nsubj") != null) {
                    ParseRepairs.move(g, second, clause, "obj");
                    break;
                }
            }
        }
    }
}
