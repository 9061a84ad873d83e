package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.actorgraph.ingest.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold file is read as score.py reads it, and what score.py would silently never match is refused with its line. */
class GoldTest {
    @TempDir
    Path tmp;

    private static final Set<String> DOCS = Set.of("a", "b");

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("gold.tsv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void commentsBlanksSpacesOptionalRowsAndRepeatsAreReadAsScorePyReadsThem() throws IOException {
        Gold g = Gold.read(file("""
                \ufeff# doc<TAB>Qsubject<TAB>relation<TAB>Qobject[<TAB>optional]
                a\tQ142\tsellsArmsTo\tQ399

                   a \t Q142\tsellsArmsTo\tQ399\u00a0  # the same row again, spaced, with a comment
                a\tQ399\taccuses\tQ227\t# a tab before the comment
                b\tQ30\tarmedHistorically\tQ43\toptional
                b\tQ30\taccuses\tQ43\toptional\t
                """), DOCS);
        assertEquals(Set.of(new Edge("a", "Q142", "sellsArmsTo", "Q399"), new Edge("a", "Q399", "accuses", "Q227")),
                g.rows());
        assertEquals(Set.of(new Edge("b", "Q30", "armedHistorically", "Q43"), new Edge("b", "Q30", "accuses", "Q43")),
                g.optional());
    }

    @Test
    void aBadRowIsRefusedWithItsFileAndLine() throws IOException {
        String head = "# comment\na\tQ142\tsellsArmsTo\tQ399\n";
        assertError(head + "a\tQ142\tsellsArmsTo\n", 3, "expected 4 or 5 tab-separated columns (doc, Qsubject, relation,"
                + " Qobject[, optional]), found 3");
        assertError(head + "a\tQ142\tsellsArmsTo\tQ399\toptional\textra\n", 3, "expected 4 or 5 tab-separated columns"
                + " (doc, Qsubject, relation, Qobject[, optional]), found 6");
        assertError(head + "a Q142 sellsArmsTo Q399\n", 3, "expected 4 or 5 tab-separated columns (doc, Qsubject,"
                + " relation, Qobject[, optional]), found 1");
        assertError(head + "a\tQ142\tsells\tQ399\n", 3, "unknown relation 'sells' (expected sellsArmsTo, accuses,"
                + " armedHistorically)");
        assertError(head + "a\tFrance\tsellsArmsTo\tQ399\n", 3, "subject 'France' is not a Wikidata id (Q followed by digits)");
        assertError(head + "a\tQ142\tsellsArmsTo\tq399\n", 3, "object 'q399' is not a Wikidata id (Q followed by digits)");
        assertError(head + "a\tQ142\tsellsArmsTo\tQ399\toptionnel\n", 3, "the fifth column can only be 'optional',"
                + " found 'optionnel'");
        assertError(head + "c\tQ142\tsellsArmsTo\tQ399\n", 3, "document 'c' is not among the documents given");
    }

    @Test
    void aMissingFileOrAFolderIsRefused() {
        Path none = tmp.resolve("none.tsv");
        assertEquals(none + ": no such file", assertThrows(InputError.class, () -> Gold.read(none, DOCS)).getMessage());
        assertEquals(tmp + ": a folder, not a gold file", assertThrows(InputError.class, () -> Gold.read(tmp, DOCS)).getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        Path f = tmp.resolve("latin1.tsv");
        Files.write(f, "a\tQ142\tsellsArmsTo\tQ399\n# Arm\u00e9nie\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(f + ":2: not UTF-8 text", assertThrows(InputError.class, () -> Gold.read(f, DOCS)).getMessage());
    }

    private void assertError(String text, int line, String problem) throws IOException {
        Path f = file(text);
        InputError e = assertThrows(InputError.class, () -> Gold.read(f, DOCS), text);
        assertEquals(f + ":" + line + ": " + problem, e.getMessage());
    }
}
