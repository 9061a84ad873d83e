package org.actorgraph.cli;

import java.nio.file.Path;
import org.actorgraph.viz.GraphQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command's SPARQL query comes from. {@code kg query} takes a {@code FILE.rq} argument or
 * {@code -e SPARQL} ({@link Required}); {@code kg viz} takes {@code --query FILE.rq} or uses its bundled
 * query ({@link VizQuery}). Both read the file the same way ({@link QueryText#read}).
 */
final class QueryInput {
    private QueryInput() {}

    /** The mixin of {@code kg query}: exactly one of FILE.rq and -e. */
    static final class Required {
        static final class Source {
            @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
            Path file;

            @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
            String expr;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        QueryText text() {
            return source.file != null ? QueryText.read(source.file) : new QueryText("-e", source.expr);
        }
    }

    /** The mixin of {@code kg viz}: --query FILE.rq, or the bundled query. */
    static final class VizQuery {
        @Option(names = {"-q", "--query"}, paramLabel = "FILE.rq",
                description = "A SELECT query to use instead of the bundled one; it must return the same variables.")
        Path file;

        QueryText text() {
            return file != null ? QueryText.read(file) : new QueryText(GraphQuery.RESOURCE, GraphQuery.bundledText());
        }
    }
}
