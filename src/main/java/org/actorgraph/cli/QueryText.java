package org.actorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** The text of a SPARQL query and the name its messages start with: its file, or {@code -e}. */
record QueryText(String name, String text) {
    /** Reads a {@code .rq} file; a missing or unreadable file is a one-line error, exit 1. */
    static QueryText read(Path file) {
        try {
            return new QueryText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw KgError.failed(file + ": no such file", e);
        } catch (IOException e) {
            throw KgError.failed(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The parsed query; a syntax error is one line with its line and column, exit 2. */
    Query parse() {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String detail = e.getMessage().lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", "");
            throw KgError.usage(name + ": SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn()
                    + ": " + detail, e);
        }
    }
}
