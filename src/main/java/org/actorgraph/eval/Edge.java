package org.actorgraph.eval;

import java.util.Comparator;

/**
 * One direct edge of one document, as the gold file writes it and as the store holds it: the document id, the
 * Wikidata ids of the two sides, and the relation's property name ({@code sellsArmsTo}, {@code accuses},
 * {@code armedHistorically}). Ordered field by field, as score.py sorts its tuples.
 */
public record Edge(String document, String subject, String relation, String object) implements Comparable<Edge> {
    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::document).thenComparing(Edge::subject)
            .thenComparing(Edge::relation).thenComparing(Edge::object);

    @Override
    public int compareTo(Edge other) {
        return ORDER.compare(this, other);
    }
}
