package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of tab-separated lists: comments and blank lines skipped, cells stripped, errors at FILE:LINE. */
class TsvRowsTest {
    private static List<TsvRows.Row> read(String text, int required) {
        return TsvRows.read("words.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), required);
    }

    @Test
    void skipsCommentsAndBlankLinesAndStripsCells() {
        List<TsvRows.Row> rows = read("# a comment\n\nfournir \tsupply\n  \nlivrer\tdeliver\textra\n", 2);
        assertEquals(2, rows.size());
        assertEquals("fournir", rows.get(0).cell(0));
        assertEquals("supply", rows.get(0).cell(1));
        assertEquals("words.tsv:5", rows.get(1).where());
        assertEquals("extra", rows.get(1).cell(2));
        assertEquals("", rows.get(0).cell(2));
    }

    @Test
    void aMissingOrEmptyRequiredColumnNamesTheFileAndLine() {
        TsvRows.FormatError missing = assertThrows(TsvRows.FormatError.class, () -> read("# h\nfournir\n", 2));
        assertEquals("words.tsv:2: expected 2 columns separated by tabs, column 2 is missing", missing.getMessage());
        TsvRows.FormatError empty = assertThrows(TsvRows.FormatError.class, () -> read("fournir\tsupply\n\t x\n", 2));
        assertEquals("words.tsv:2: expected 2 columns separated by tabs, column 1 is empty", empty.getMessage());
    }

    @Test
    void aMissingResourceIsAPackagingError() {
        assertThrows(IllegalStateException.class, () -> TsvRows.bundled("no/such/list.tsv", 1));
    }
}
