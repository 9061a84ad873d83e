package org.actorgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated list: the gazetteer, word lists, cue lists, shipped with ActorGraph or given by a
 * user. Blank lines and lines starting with {@code #} are skipped; cells are stripped; each row must have at least
 * its required columns, none of them blank. Every stage reads its lists through this one reader, so a malformed
 * line is reported the same way wherever it is: {@code FILE:LINE: problem}.
 */
public final class TsvRows {
    /** One row, with where it was read. */
    public record Row(String source, int line, String[] cells) {
        /** The cell at {@code i}, or "" when the row is shorter. */
        public String cell(int i) {
            return i < cells.length ? cells[i] : "";
        }

        public int size() {
            return cells.length;
        }

        /** « FILE:LINE », to prefix a message about this row. */
        public String where() {
            return source + ":" + line;
        }
    }

    /** A line of a list that does not have the columns its file requires. */
    public static final class FormatError extends RuntimeException {
        FormatError(String message) {
            super(message);
        }
    }

    private TsvRows() {}

    /** The rows of a list on the class path; a missing resource is a packaging error. */
    public static List<Row> bundled(String resource, int requiredColumns) {
        InputStream in = TsvRows.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return read(resource, in, requiredColumns);
    }

    /** The rows of a list read from {@code in}; {@code source} names it in errors. The stream is closed. */
    public static List<Row> read(String source, InputStream in, int requiredColumns) {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                for (int i = 0; i < requiredColumns; i++) {
                    if (i >= cells.length || cells[i].isEmpty()) {
                        throw new FormatError(source + ":" + n + ": expected " + requiredColumns
                                + (requiredColumns == 1 ? " column" : " columns separated by tabs") + ", column " + (i + 1)
                                + " is " + (i >= cells.length ? "missing" : "empty"));
                    }
                }
                out.add(new Row(source, n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
