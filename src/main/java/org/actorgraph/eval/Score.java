package org.actorgraph.eval;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The comparison of what the store holds with the gold rows, as score.py makes it: a found edge that is an
 * optional gold row is set aside (neither right nor wrong), only the evaluated documents' edges count, and an
 * edge is its document, direction, relation and Wikidata ids, each counted once.
 */
public record Score(int documents, SortedSet<Edge> truePositives, SortedSet<Edge> falsePositives,
        SortedSet<Edge> falseNegatives) {

    public Score {
        truePositives = Collections.unmodifiableSortedSet(truePositives);
        falsePositives = Collections.unmodifiableSortedSet(falsePositives);
        falseNegatives = Collections.unmodifiableSortedSet(falseNegatives);
    }

    public static Score of(Set<Edge> found, Gold gold, Set<String> documents) {
        Set<Edge> scored = new HashSet<>(found);
        scored.removeAll(gold.optional());
        scored.removeIf(e -> !documents.contains(e.document()));
        SortedSet<Edge> tp = new TreeSet<>();
        SortedSet<Edge> fp = new TreeSet<>();
        for (Edge e : scored) {
            (gold.rows().contains(e) ? tp : fp).add(e);
        }
        SortedSet<Edge> fn = new TreeSet<>(gold.rows());
        fn.removeAll(scored);
        return new Score(documents.size(), tp, fp, fn);
    }

    /** The counts of one relation ({@code sellsArmsTo}…). */
    public Counts counts(String relation) {
        return new Counts(count(truePositives, relation), count(falsePositives, relation), count(falseNegatives, relation));
    }

    /** The counts over all relations (micro-averaged figures). */
    public Counts micro() {
        return new Counts(truePositives.size(), falsePositives.size(), falseNegatives.size());
    }

    private static int count(Set<Edge> edges, String relation) {
        return (int) edges.stream().filter(e -> e.relation().equals(relation)).count();
    }
}
