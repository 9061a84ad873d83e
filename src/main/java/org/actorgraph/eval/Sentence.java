package org.actorgraph.eval;

/**
 * A sentence shown beside an edge: its index in the document, its text (white space made single spaces) and, for
 * a missed edge, what the extractor made of it ({@code found as Negated}…), else null.
 */
public record Sentence(int index, String text, String note) {
    public Sentence {
        text = text.strip().replaceAll("\\s+", " ");
    }
}
