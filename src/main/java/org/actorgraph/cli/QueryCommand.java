package org.actorgraph.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actorgraph.serve.HttpFailure;
import org.actorgraph.store.KgStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the store, or over a remote "
                + "SPARQL endpoint with --endpoint.",
                "Over the store the default graph is the union of all named graphs (one per document); a remote "
                + "endpoint's default graph is the server's own (the queries of queries/ name their graphs and "
                + "answer the same on both)."})
public final class QueryCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
            + "csv, tsv and json are the W3C SPARQL 1.1 result formats; CONSTRUCT and DESCRIBE print Turtle "
            + "(N-Triples with csv or tsv, JSON-LD with json).", defaultValue = "table")
    ResultFormat format;

    @Mixin
    QueryInput.Required input;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = {"Fills the query variable ?NAME with VALUE "
            + "(repeatable). The value replaces the variable in the parsed query, it is never pasted into the text: "
            + "<iri>, prefix:name, \"text\"@fr, 42 are read as SPARQL terms, a URL as an IRI, anything else as a "
            + "plain string."})
    List<String> params = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Runs the query against this SPARQL endpoint "
            + "(e.g. http://127.0.0.1:3030/kg/sparql) instead of the store.")
    String endpoint;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        if (endpoint != null && commandLine().getParseResult().hasMatchedOption("--store")) {
            throw KgError.usage("give either --store or --endpoint, not both");
        }
        QueryText text = input.text();
        Query query;
        try {
            query = QueryParameters.fill(text.parse(), QueryParameters.parse(params));
        } catch (QueryParameters.BadParameter e) {
            throw KgError.usage(text.name() + ": " + e.getMessage(), e);
        }
        try {
            OutputOption.toStdout(commandLine(), out -> run(query, out));
        } catch (QueryCancelledException e) {
            throw KgError.failed(text.name() + ": " + timeout.stopped(), e);
        } catch (RuntimeException e) {
            throw HttpFailure.isHttp(e) ? KgError.failed(HttpFailure.describe(endpoint, e), e) : e;
        }
        return Main.OK;
    }

    /** Runs the query on the endpoint or the store, and writes the result in the format asked for. */
    private void run(Query query, OutputStream out) {
        if (endpoint != null) {
            var remote = QueryExecutionHTTP.service(endpoint).query(query);
            if (timeout.millis() > 0) {
                remote.timeout(timeout.millis(), TimeUnit.MILLISECONDS);
            }
            format.write(remote.build(), query, out);
            return;
        }
        try (KgStore kg = KgStore.openExisting(store.path())) {
            kg.read(() -> {
                format.write(kg.execution(query, timeout.millis()), query, out);
                return null;
            });
        }
    }
}
