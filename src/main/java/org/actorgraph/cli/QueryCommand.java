package org.actorgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.actorgraph.serve.HttpFailure;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.StoreError;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the store, or over a remote "
                + "SPARQL endpoint with --endpoint.",
                "Over the store the default graph is the union of all named graphs (one per document); a remote "
                + "endpoint's default graph is the server's own (the queries of queries/ name their graphs and "
                + "answer the same on both)."})
public final class QueryCommand implements Callable<Integer> {
    public enum Format { table, csv, tsv, json }

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
            + "csv, tsv and json are the W3C SPARQL 1.1 result formats; CONSTRUCT and DESCRIBE print Turtle "
            + "(N-Triples with csv or tsv, JSON-LD with json).", defaultValue = "table")
    Format format;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expr;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = {"Fills the query variable ?NAME with VALUE "
            + "(repeatable). The value replaces the variable in the parsed query, it is never pasted into the text: "
            + "<iri>, prefix:name, \"text\"@fr, 42 are read as SPARQL terms, a URL as an IRI, anything else as a "
            + "plain string."})
    List<String> params = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Runs the query against this SPARQL endpoint "
            + "(e.g. http://127.0.0.1:3030/kg/sparql) instead of the store.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stops a query that runs longer than this "
            + "(exit 1). Default: no limit.")
    double timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            err.println("kg query: give either --store or --endpoint, not both");
            return Main.USAGE;
        }
        String text;
        String name;
        if (source.file != null) {
            name = source.file.toString();
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("kg query: " + name + ": no such file");
                return Main.FAILED;
            } catch (IOException e) {
                err.println("kg query: " + name + ": cannot read (" + e.getMessage() + ")");
                return Main.FAILED;
            }
        } else {
            name = "-e";
            text = source.expr;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            err.println("kg query: " + name + ": SPARQL syntax error at line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + e.getMessage().lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", ""));
            return Main.USAGE;
        }
        try {
            query = QueryParameters.fill(query, QueryParameters.parse(params));
        } catch (QueryParameters.BadParameter e) {
            err.println("kg query: " + name + ": " + e.getMessage());
            return Main.USAGE;
        }
        long timeoutMillis = Math.round(timeoutSeconds * 1000);
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        try (WriterOutputStream bytes = new WriterOutputStream(out)) {
            if (endpoint != null) {
                var remote = QueryExecutionHTTP.service(endpoint).query(query);
                if (timeoutMillis > 0) {
                    remote.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
                }
                run(remote.build(), query, bytes);
            } else {
                try (KgStore kg = KgStore.openExisting(store.path())) {
                    Query q = query;
                    kg.read(() -> {
                        run(kg.execution(q, timeoutMillis), q, bytes);
                        return null;
                    });
                }
            }
        } catch (StoreError e) {
            err.println("kg query: " + e.getMessage());
            return Main.FAILED;
        } catch (QueryCancelledException e) {
            out.flush();
            err.println("kg query: " + name + ": stopped after the --timeout of "
                    + BigDecimal.valueOf(timeoutSeconds).stripTrailingZeros().toPlainString() + " s");
            return Main.FAILED;
        } catch (RuntimeException e) {
            if (!HttpFailure.isHttp(e)) {
                throw e;
            }
            out.flush();
            err.println("kg query: " + HttpFailure.describe(endpoint, e));
            return Main.FAILED;
        }
        out.flush();
        return Main.OK;
    }

    private void run(QueryExecution execution, Query query, OutputStream out) {
        try (QueryExecution qe = execution) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case table -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                    case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case table -> new PrintWriter(out, true, StandardCharsets.UTF_8).println(b ? "yes" : "no");
                    case csv -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                    case json -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Lang lang = switch (format) {
                    case table -> Lang.TURTLE;
                    case csv, tsv -> Lang.NTRIPLES;
                    case json -> Lang.JSONLD;
                };
                RDFDataMgr.write(out, m, lang);
            }
        }
    }

    /**
     * Sends the UTF-8 bytes Jena's writers produce to the command line's out writer, decoding as it goes
     * (a character split across two writes is kept until its last byte arrives). Closing flushes the
     * writer but does not close it.
     */
    static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(b, off, n);
                off += n;
                len -= n;
                decode(false);
            }
        }

        private void decode(boolean endOfInput) {
            in.flip();
            while (true) {
                var result = decoder.decode(in, chars, endOfInput);
                drain();
                if (!result.isOverflow()) {
                    break;
                }
            }
            in.compact();
        }

        private void drain() {
            chars.flip();
            writer.append(chars);
            chars.clear();
        }

        @Override
        public void flush() {
            writer.flush();
        }

        @Override
        public void close() {
            decode(true);
            decoder.flush(chars);
            drain();
            decoder.reset();
            writer.flush();
        }
    }
}
