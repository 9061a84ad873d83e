package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * "une violation de la résolution 2231 du Conseil de sécurité par l'Iran", "le tir d'un missile par la Corée du
 * Nord au-dessus de la mer du Japon": the parser hangs the "par" agent on the last noun of a chain of complements;
 * the agent is that of the event the chain begins with.
 */
final class AgentOfEventNoun {
    private static final Set<String> PAR = Set.of("par");
    private static final Set<String> DE = FrenchWords.list("owner-case");
    private static final int MAX_CHAIN = 4;

    private AgentOfEventNoun() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("nmod") || !Syntax.hasCaseOrMark(g, e.getDependent(), PAR)
                    || !Syntax.isNoun(e.getGovernor())) {
                continue;
            }
            IndexedWord top = e.getGovernor();
            for (int i = 0; i < MAX_CHAIN; i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, top);
                String rel = up == null ? "" : up.getRelation().toString();
                // Not into a phrase with another preposition: "à la suite de l'achat par la Turquie" keeps its agent.
                String upperCase = up == null ? null : Syntax.caseWord(g, up.getGovernor());
                if (!(rel.equals("nmod") || rel.equals("obl")) || !Syntax.isNoun(up.getGovernor())
                        || upperCase != null && !DE.contains(upperCase)) {
                    break;
                }
                top = up.getGovernor();
            }
            if (!top.equals(e.getGovernor())) {
                ParseRepairs.move(g, e, top, "nmod");
            }
        }
    }
}
