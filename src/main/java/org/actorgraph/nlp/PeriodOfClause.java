package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: a phrase that says when or how long (« pendant près de deux décennies ») after two
 * coordinated verbs is the nearer verb's (one hung on the verb's object: {@link TimeOnObject}), and so is one a
 * demonstrative adds after the clause (« …, et cela depuis l'indépendance »).
 */
final class PeriodOfClause {
    private static final Set<String> PERIOD_CASES = FrenchWords.list("period-case");
    private static final Set<String> RESTATING_PRONOUNS = Set.of("cela", "ce", "ça");

    private PeriodOfClause() {}

    /**
     * « Pékin prend le relais et arme le petit pays pendant près de deux décennies »: the parser hangs a period that ends
     * the sentence on the first verb of a coordination; it says how long the nearer verb, right before it, lasted.
     */
    static void apply(SemanticGraph g) {
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
        restated(g);
    }

    /**
     * « leur équipement vient de New Delhi, et cela depuis l'indépendance »: the parser coordinates the pronoun, with the
     * period hung on it, with the first verb of the sentence; the period says how long the verb right before it lasted.
     */
    private static void restated(SemanticGraph g) {
        for (SemanticGraphEdge conj : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord pronoun = conj.getDependent();
            if (!conj.getRelation().toString().equals("conj") || !"PRON".equals(pronoun.tag()) || !RESTATING_PRONOUNS.contains(Syntax.lower(pronoun))
                    || Syntax.child(g, pronoun, "cc") == null || Syntax.child(g, pronoun, "cop") != null) {
                continue;
            }
            IndexedWord verb = null;
            for (int i = pronoun.index() - 1; i > 0 && verb == null; i--) {
                IndexedWord w = g.getNodeByIndexSafe(i);
                verb = w != null && "VERB".equals(w.tag()) ? w : null;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(pronoun))) {
                IndexedWord period = e.getDependent();
                if (verb != null && e.getRelation().toString().matches("nmod|obl.*") && period.index() > pronoun.index()
                        && Syntax.hasCaseOrMark(g, period, PERIOD_CASES)) {
                    ParseRepairs.move(g, e, verb, "obl");
                }
            }
        }
    }
}
