package org.actorgraph.nlp;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Le ministre a affirmé, sans preuve publique, que le Togo aurait acquis des drones »:
 * after an adjunct set off by commas, the parser may hang the clause in « que » on a verb of saying as an adverbial
 * clause. It is what is said: the verb's complement clause.
 */
final class CompletiveTakenForAdverbial {
    private static final Set<String> REPORTING_VERBS = FrenchWords.list("reporting-verb");
    private static final Set<String> QUE = FrenchWords.list("relative-que");

    private CompletiveTakenForAdverbial() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (e.getRelation().toString().equals("advcl") && REPORTING_VERBS.contains(Morph.lemma(e.getGovernor()))
                    && e.getDependent().index() > e.getGovernor().index() && Syntax.child(g, e.getGovernor(), "ccomp") == null
                    && g.getChildren(e.getDependent()).stream().anyMatch(c -> QUE.contains(Syntax.lower(c)) && "SCONJ".equals(c.tag()))) {
                ParseRepairs.move(g, e, e.getGovernor(), "ccomp");
            }
        }
    }
}
