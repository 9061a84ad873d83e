package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « le rôle de Washington, alors principal fournisseur d'armes de l'armée indonésienne, qui livra … »: the parser hangs
 * an apposition that names a supplier on the noun the name right before the comma complements, or higher up. A
 * supplier is what the name is (a state, a company), not « le rôle »: the apposition, and what hangs on it, goes to the
 * name.
 */
final class AppositionOnNearestName {
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");

    private AppositionOnNearestName() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord apposed = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !Syntax.isNoun(apposed) || !SUPPLIER_NOUNS.contains(Morph.lemma(apposed))
                    || SUPPLIER_NOUNS.contains(Morph.lemma(host))) {
                continue;
            }
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.yieldStart(g, apposed) - 1);
            IndexedWord last = comma == null || !",".equals(comma.word()) ? null : g.getNodeByIndexSafe(comma.index() - 1);
            SemanticGraphEdge nameIn = last == null ? null : Syntax.parentEdge(g, last);
            while (nameIn != null && nameIn.getRelation().toString().startsWith("flat")) {
                last = nameIn.getGovernor();
                nameIn = Syntax.parentEdge(g, last);
            }
            // (the parser may hang the apposition on the verb above: « rappelle le rôle de Paris, alors principal fournisseur »)
            if (nameIn != null && "PROPN".equals(last.tag()) && ParseRepairs.isBelow(g, last, host)
                    && nameIn.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, last))) {
                ParseRepairs.move(g, e, last, "appos");
            }
        }
    }
}
