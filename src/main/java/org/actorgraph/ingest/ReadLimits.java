package org.actorgraph.ingest;

/** Bounds that keep one bad input from exhausting memory before anything is analysed. */
public final class ReadLimits {
    private ReadLimits() {}

    /**
     * The most bytes one article may have (a .txt file, or one line of a .jsonl file). A long news
     * article is under 100 kB; a larger input is almost always a whole corpus in one file, which
     * the parser would take hours over.
     */
    public static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

    static String describe(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(java.util.Locale.ROOT, "%d kB", bytes / 1024);
    }

    static String tooLarge(long bytes) {
        return "too large for one article (" + describe(bytes) + "; the limit is " + describe(MAX_DOCUMENT_BYTES)
                + "): split it into articles, e.g. one JSON object a line in a .jsonl file";
    }
}
