package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ParseRepairs}: « Sous Siad Barre, l'Union soviétique a été pendant près d'une décennie le principal
 * fournisseur de l'armée somalienne »: the parser may make « été » the attribute's copula and still hang the
 * clause's subject, auxiliary and time phrase on it. A copula has no dependents: they are the attribute's.
 */
final class DependentsOfCopula {
    private DependentsOfCopula() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge cop : new ArrayList<>(g.edgeListSorted())) {
            if (!cop.getRelation().toString().equals("cop")) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(cop.getDependent()))) {
                ParseRepairs.move(g, e, cop.getGovernor(), e.getRelation().toString());
            }
        }
    }
}
