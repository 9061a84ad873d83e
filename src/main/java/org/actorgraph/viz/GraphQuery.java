package org.actorgraph.viz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.actorgraph.store.KgStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The SPARQL query behind the page and the exports (resource viz/actor-graph.rq), and its run over a
 * store: the results both as SPARQL JSON (what the page reads, embedded or from an endpoint) and as a
 * {@link VizGraph} (what the exporters write).
 */
public final class GraphQuery {
    public static final String RESOURCE = "viz/actor-graph.rq";

    /** The variables the page and the exporters read; a query given instead must return them all. */
    public static final List<String> VARIABLES = List.of("from", "fromLabel", "fromKind", "fromWikidata", "relation",
            "to", "toLabel", "toKind", "toWikidata", "event", "status", "direct", "fromNamed", "toNamed", "rule",
            "sentence", "document", "date");

    public record Result(String sparqlJson, VizGraph graph) {}

    private GraphQuery() {}

    public static String bundledText() {
        return Resources.text(RESOURCE);
    }

    /**
     * Parses a query and checks that it is a SELECT returning {@link #VARIABLES}.
     *
     * @throws IllegalArgumentException with a one-line message naming the problem
     */
    public static Query parse(String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn());
        }
        if (!q.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        List<String> missing = VARIABLES.stream().filter(v -> !q.getResultVars().contains(v)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the query does not return ?" + String.join(" ?", missing));
        }
        return q;
    }

    public static Result run(KgStore kg, Query query, VizStyle style) {
        return kg.read(() -> {
            try (QueryExecution qe = kg.execution(query)) {
                ResultSetRewindable rows = ResultSetFactory.copyResults(qe.execSelect());
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                ResultSetMgr.write(json, rows, ResultSetLang.RS_JSON);
                rows.reset();
                return new Result(json.toString(StandardCharsets.UTF_8), VizGraph.of(rows, style));
            }
        });
    }
}
