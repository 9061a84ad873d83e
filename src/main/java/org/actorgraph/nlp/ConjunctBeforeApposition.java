package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: « vendus à l'Ukraine, qui …, à l'Azerbaïdjan, dont …, et à la Pologne, premier
 * membre de l'OTAN à en acquérir »: the parser makes the apposition of the last complement a conjunct of the verb,
 * with the complement hung on it. A complement in the same case as one of the verb's before it, after « et » or
 * « ou » and before a comma, is that one's conjunct, and the noun after the comma its apposition.
 */
final class ConjunctBeforeApposition {
    private ConjunctBeforeApposition() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge toNoun : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = toNoun.getGovernor();
            IndexedWord noun = toNoun.getDependent();
            if (!toNoun.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || !"NOUN".equals(noun.tag())
                    || noun.index() < verb.index()) {
                continue;
            }
            SemanticGraphEdge cc = Syntax.childEdge(g, noun, "cc");
            for (SemanticGraphEdge toName : new ArrayList<>(g.outgoingEdgeList(noun))) {
                IndexedWord name = toName.getDependent();
                String caseWord = Syntax.caseWord(g, name);
                if (!toName.getRelation().toString().matches("obl.*|nmod") || !"PROPN".equals(name.tag()) || caseWord == null
                        || name.index() > noun.index() || cc == null || cc.getDependent().index() > name.index()
                        || !Syntax.wordBetween(g, name, noun, Set.of(","))) {
                    continue;
                }
                IndexedWord first = g.outgoingEdgeList(verb).stream().map(SemanticGraphEdge::getDependent)
                        .filter(d -> d.index() < name.index() && caseWord.equals(Syntax.caseWord(g, d))
                                && Syntax.parentEdge(g, d).getRelation().toString().startsWith("obl"))
                        .findFirst().orElse(null);
                if (first == null) {
                    continue;
                }
                ParseRepairs.move(g, toName, first, "conj");
                ParseRepairs.move(g, cc, name, "cc");
                ParseRepairs.move(g, toNoun, name, "appos");
                break;
            }
        }
    }
}
