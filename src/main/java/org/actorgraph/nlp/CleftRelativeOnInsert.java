package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « c'est Moscou, à l'époque soviétique, qui équipait l'armée polonaise »: the parser hangs the cleft's relative clause
 * on the noun of a phrase set off by commas after the focus. The relative belongs to the focus.
 */
final class CleftRelativeOnInsert {
    private CleftRelativeOnInsert() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord verb = e.getDependent();
            SemanticGraphEdge up = Syntax.parentEdge(g, host);
            if (!e.getRelation().toString().equals("acl:relcl") || up == null || !up.getRelation().toString().matches("nmod|obl.*")) {
                continue;
            }
            IndexedWord focus = up.getGovernor();
            IndexedWord qui = Syntax.child(g, verb, "nsubj");
            if (!Syntax.isCleftFocus(g, focus) || qui == null || !Syntax.lower(qui).equals("qui") || focus.index() > host.index()
                    || !Syntax.precededBy(g, qui.index(), ",") || !Syntax.precededBy(g, Syntax.phraseStart(g, host), ",")) {
                continue;
            }
            ParseRepairs.move(g, e, focus, "acl:relcl");
        }
    }
}
