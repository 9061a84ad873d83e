package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: « On a oublié que Nicosie avait commandé à Moscou, en 1997, des missiles S-300 »:
 * after an insert between commas, the parser hangs the rest of a « que » clause on the verb that governs the clause.
 * A complement of that verb lying after the clause's verb is the clause's own.
 */
final class CompletiveTail {
    private static final Set<String> QUE = FrenchWords.list("relative-que");
    private static final Set<String> COMPLEMENTS = Set.of("obj", "obl", "obl:mod");

    private CompletiveTail() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge clause : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord main = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            IndexedWord mark = Syntax.child(g, verb, "mark");
            if (!clause.getRelation().toString().equals("ccomp") || !"VERB".equals(verb.tag()) || mark == null
                    || !QUE.contains(Syntax.lower(mark)) || verb.index() < main.index()) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(main))) {
                String rel = e.getRelation().toString();
                if (COMPLEMENTS.contains(rel) && e.getDependent().index() > verb.index()
                        && !(rel.equals("obj") && Syntax.child(g, verb, "obj") != null)) {
                    ParseRepairs.move(g, e, verb, rel);
                }
            }
        }
    }
}
