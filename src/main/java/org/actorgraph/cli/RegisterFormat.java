package org.actorgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code kg register --format}: the register as a table a person opens. Cells are the values' text (no RDF quoting,
 * an empty cell for a value not given), one header row with the column names.
 * <ul>
 * <li>csv: RFC 4180 (comma, CRLF, quotes where needed) in UTF-8 with a byte-order mark, so that a spreadsheet opened
 * on it (Excel, LibreOffice, Numbers, Google Sheets) reads the accents right without an import dialog;</li>
 * <li>tsv: one row a line, tab-separated, UTF-8 (tabs and line breaks inside a cell become spaces);</li>
 * <li>md: a Markdown table (a pipe inside a cell is escaped).</li>
 * </ul>
 */
public enum RegisterFormat {
    csv, tsv, md;

    /** Writes the header and the rows. */
    void write(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (this) {
            case csv -> {
                w.write('\ufeff');
                w.write(csvLine(header));
                for (List<String> r : rows) {
                    w.write(csvLine(r));
                }
            }
            case tsv -> {
                w.write(String.join("\t", header) + "\n");
                for (List<String> r : rows) {
                    w.write(String.join("\t", r.stream().map(c -> c.replaceAll("[\\t\\r\\n]+", " ")).toList()) + "\n");
                }
            }
            case md -> {
                w.write(mdLine(header));
                w.write("|" + " --- |".repeat(header.size()) + "\n");
                for (List<String> r : rows) {
                    w.write(mdLine(r));
                }
            }
        }
        w.flush();
    }

    private static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append("\r\n").toString();
    }

    private static String mdLine(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|").replaceAll("[\\r\\n]+", " ")).append(" |");
        }
        return b.append('\n').toString();
    }
}
