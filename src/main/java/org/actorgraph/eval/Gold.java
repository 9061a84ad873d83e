package org.actorgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.extract.Relation;
import org.actorgraph.ingest.InputError;

/**
 * An analyst's gold file, read as {@code ../shared/eval/score.py} reads it: UTF-8, one relation a line,
 * {@code doc<TAB>Qsubject<TAB>relation<TAB>Qobject[<TAB>optional]}; what follows a {@code #} is a comment; blank
 * lines are skipped; cells are trimmed; a row given twice counts once. An optional row is neither missed when
 * absent nor wrong when found. Where score.py would take a row that can never match (a subject that is not a
 * Wikidata id, a fifth column that is not {@code optional}, a document that is not evaluated), this refuses the
 * file with its line.
 */
public record Gold(Path file, Set<Edge> rows, Set<Edge> optional) {
    public static final String OPTIONAL = "optional";
    public static final List<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::property).toList();
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Gold {
        rows = Collections.unmodifiableSet(rows);
        optional = Collections.unmodifiableSet(optional);
    }

    /** Reads {@code file}; every row must name one of {@code documents}. Throws an {@link InputError} naming the line. */
    public static Gold read(Path file, Set<String> documents) {
        if (Files.isDirectory(file)) {
            throw new InputError(file, "a folder, not a gold file");
        }
        if (!Files.exists(file)) {
            throw new InputError(file, "no such file");
        }
        Set<Edge> rows = new LinkedHashSet<>();
        Set<Edge> optional = new LinkedHashSet<>();
        long n = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(utf8(file)))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (n == 1 && line.startsWith("\ufeff")) {
                    line = line.substring(1);
                }
                int hash = line.indexOf('#');
                String text = trim(hash >= 0 ? line.substring(0, hash) : line);
                if (text.isEmpty()) {
                    continue;
                }
                String[] cols = text.split("\t", -1);
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = trim(cols[i]);
                }
                Edge edge = row(file, n, cols, documents);
                (cols.length == 5 ? optional : rows).add(edge);
            }
        } catch (IOException e) {
            throw new InputError(file, "cannot read (" + e.getMessage() + ")");
        }
        return new Gold(file, rows, optional);
    }

    /** The file's text; bytes that are not UTF-8 are refused with the line they are on. */
    private static String utf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, "cannot read (" + e.getMessage() + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        if (decoder.decode(in, out, true).isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputError(file, line, "not UTF-8 text");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Edge row(Path file, long n, String[] cols, Set<String> documents) {
        if (cols.length < 4 || cols.length > 5) {
            throw new InputError(file, n, "expected 4 or 5 tab-separated columns (doc, Qsubject, relation, Qobject"
                    + "[, optional]), found " + cols.length);
        }
        if (!RELATIONS.contains(cols[2])) {
            throw new InputError(file, n, "unknown relation '" + cols[2] + "' (expected " + String.join(", ", RELATIONS) + ")");
        }
        for (int i : new int[] {1, 3}) {
            if (!QID.matcher(cols[i]).matches()) {
                throw new InputError(file, n, (i == 1 ? "subject" : "object") + " '" + cols[i]
                        + "' is not a Wikidata id (Q followed by digits)");
            }
        }
        if (cols.length == 5 && !cols[4].equals(OPTIONAL)) {
            throw new InputError(file, n, "the fifth column can only be '" + OPTIONAL + "', found '" + cols[4] + "'");
        }
        if (!documents.contains(cols[0])) {
            throw new InputError(file, n, "document '" + cols[0] + "' is not among the documents given");
        }
        return new Edge(cols[0], cols[1], cols[2], cols[3]);
    }

    /** Trims as Python's {@code str.strip()} does: any Unicode space, the no-break space included. */
    private static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
