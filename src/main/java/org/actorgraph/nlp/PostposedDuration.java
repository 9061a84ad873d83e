package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: « qui resta des décennies durant son principal fournisseur »: « durant » after a
 * length of time (« des années durant ») closes that phrase, but the parser reads it as the preposition of the noun
 * after it and makes the length of time the verb's object. The length of time is the verb's time complement, with
 * « durant » for its case, and the noun after it takes its place as the object.
 */
final class PostposedDuration {
    private static final Set<String> TIME_WORDS = FrenchWords.list("time-word");

    private PostposedDuration() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord durant : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord time = g.getNodeByIndexSafe(durant.index() - 1);
            SemanticGraphEdge caseEdge = Syntax.parentEdge(g, durant);
            if (!"durant".equals(Syntax.lower(durant)) || time == null || caseEdge == null
                    || !caseEdge.getRelation().toString().equals("case") || !TIME_WORDS.contains(Morph.lemma(time))) {
                continue;
            }
            IndexedWord noun = caseEdge.getGovernor();
            SemanticGraphEdge timeIn = Syntax.parentEdge(g, time);
            SemanticGraphEdge nounIn = Syntax.parentEdge(g, noun);
            if (noun.index() <= durant.index() || timeIn == null || nounIn == null
                    || !timeIn.getGovernor().equals(nounIn.getGovernor()) || !timeIn.getRelation().toString().equals("obj")) {
                continue;
            }
            IndexedWord verb = timeIn.getGovernor();
            ParseRepairs.move(g, caseEdge, time, "case");
            ParseRepairs.move(g, timeIn, verb, "obl");
            ParseRepairs.move(g, nounIn, verb, "obj");
        }
    }
}
