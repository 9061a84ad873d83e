package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « La Russie accuse l'Allemagne d'être devenue partie au conflit en livrant des chars, tout en recevant des drones
 * iraniens »: the parser hangs the gerund after « , tout en » on the complement of « accuser », whose subject is the
 * accused; set off by a comma and « tout », it says what the main clause's subject does at the same time, and hangs on
 * the main verb.
 */
final class ConcessiveGerund {
    private ConcessiveGerund() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord gerund = e.getDependent();
            SemanticGraphEdge up = Syntax.parentEdge(g, e.getGovernor());
            IndexedWord en = Syntax.child(g, gerund, "mark");
            IndexedWord comma = en == null ? null : g.getNodeByIndexSafe(en.index() - 2);
            if (e.getRelation().toString().equals("advcl") && Syntax.isConcessiveGerund(g, gerund) && comma != null
                    && comma.word().equals(",") && up != null && up.getRelation().toString().equals("xcomp")) {
                ParseRepairs.move(g, e, up.getGovernor(), "advcl");
            }
        }
    }
}
