package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Douze appareils sont finalement achetés en 2010 »: the tagger may read a number
 * word that opens a sentence as a noun, and the parser hangs the noun it counts on it. The counted noun right after
 * it takes its place, with what hung on it, and the number becomes its numeral.
 */
final class NumberTakenForNoun {
    private static final Set<String> NUMBER_WORDS = FrenchWords.list("number-word");
    private static final Set<String> HUNG_AS = Set.of("compound", "nmod", "appos", "flat", "flat:name");

    private NumberTakenForNoun() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord number : new ArrayList<>(g.vertexListSorted())) {
            if (!"NOUN".equals(number.tag()) || !NUMBER_WORDS.contains(Syntax.lower(number))) {
                continue;
            }
            SemanticGraphEdge toCounted = g.outgoingEdgeList(number).stream()
                    .filter(e -> e.getDependent().index() == number.index() + 1 && "NOUN".equals(e.getDependent().tag())
                            && HUNG_AS.contains(e.getRelation().toString()) && Syntax.child(g, e.getDependent(), "case") == null)
                    .findFirst().orElse(null);
            if (toCounted == null) {
                continue;
            }
            IndexedWord counted = toCounted.getDependent();
            g.removeEdge(toCounted);
            ParseRepairs.takePlace(g, number, counted, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(number))) {
                ParseRepairs.move(g, e, counted, e.getRelation().toString());
            }
            number.setTag("NUM");
            g.addEdge(counted, number, GrammaticalRelation.valueOf(toCounted.getRelation().getLanguage(), "nummod"), toCounted.getWeight(), false);
        }
    }
}
