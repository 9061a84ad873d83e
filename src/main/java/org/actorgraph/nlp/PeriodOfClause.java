package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: a phrase that says how long something lasted (« pendant près de deux décennies ») is
 * the clause's, not a noun's, and that of the verb it follows.
 */
final class PeriodOfClause {
    private static final Set<String> PERIOD_CASES = FrenchWords.list("period-case");
    private static final Set<String> DURATION_CASES = Set.of("pendant", "durant");

    private PeriodOfClause() {}

    static void apply(SemanticGraph g) {
        onObject(g);
        ofNearerConjunct(g);
    }

    /** « Moscou équipe le régime syrien pendant trois décennies »: the parser hangs the period on the object. */
    private static void onObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord period = e.getDependent();
            SemanticGraphEdge object = Syntax.parentEdge(g, e.getGovernor());
            if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, period, DURATION_CASES) && object != null
                    && object.getRelation().toString().equals("obj") && "VERB".equals(object.getGovernor().tag())) {
                ParseRepairs.move(g, e, object.getGovernor(), "obl");
            }
        }
    }

    /**
     * « Pékin prend le relais et arme le petit pays pendant près de deux décennies »: the parser hangs a period that ends
     * the sentence on the first verb of a coordination; it says how long the nearer verb, right before it, lasted.
     */
    private static void ofNearerConjunct(SemanticGraph g) {
        for (SemanticGraphEdge conj : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = conj.getGovernor();
            IndexedWord nearer = conj.getDependent();
            if (!conj.getRelation().toString().equals("conj") || !"VERB".equals(first.tag()) || !"VERB".equals(nearer.tag())
                    || nearer.index() < first.index()) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(first))) {
                IndexedWord period = e.getDependent();
                if (e.getRelation().toString().equals("obl") && period.index() > nearer.index()
                        && Syntax.hasCaseOrMark(g, period, PERIOD_CASES)
                        && Syntax.yieldStart(g, period) == Syntax.phraseEnd(g, nearer) + 1) {
                    ParseRepairs.move(g, e, nearer, "obl");
                }
            }
        }
    }
}
