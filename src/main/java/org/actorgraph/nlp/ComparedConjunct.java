package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * Part of {@link ComplementRepairs}: « le fournisseur attitré du Kazakhstan comme du Tadjikistan »: a phrase that
 * repeats the preposition of the phrase before it after « comme » is a second item of that phrase, not its
 * complement.
 */
final class ComparedConjunct {
    private ComparedConjunct() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord second = e.getDependent();
            List<IndexedWord> cases = g.outgoingEdgeList(second).stream().filter(c -> c.getRelation().toString().equals("case"))
                    .map(SemanticGraphEdge::getDependent).sorted().toList();
            // the phrase right before « comme », wherever the parser hung the second one (on it, or on the verb)
            IndexedWord first = g.getNodeByIndexSafe(Syntax.phraseStart(g, second) - 1);
            String firstCase = first == null ? null : Syntax.caseWord(g, first);
            if (first != null && e.getRelation().toString().matches("nmod|obl") && "PROPN".equals(second.tag()) && "PROPN".equals(first.tag())
                    && cases.size() == 2 && Syntax.lower(cases.get(0)).equals("comme") && firstCase != null
                    && firstCase.equals(Syntax.nearestCaseWord(g, second))) {
                ParseRepairs.move(g, e, first, "conj");
            }
        }
    }
}
