package org.actorgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * {@code kg query --format}: how each kind of result is written. csv, tsv and json are the W3C SPARQL 1.1
 * result formats; table is Jena's text table (and yes/no for ASK); a CONSTRUCT or DESCRIBE graph is Turtle,
 * N-Triples with csv or tsv, JSON-LD with json.
 */
public enum ResultFormat {
    table(null, Lang.TURTLE),
    csv(ResultSetLang.RS_CSV, Lang.NTRIPLES),
    tsv(ResultSetLang.RS_TSV, Lang.NTRIPLES),
    json(ResultSetLang.RS_JSON, Lang.JSONLD);

    /** The W3C result format, or null for the text table. */
    private final Lang results;
    private final Lang graph;

    ResultFormat(Lang results, Lang graph) {
        this.results = results;
        this.graph = graph;
    }

    /** Runs the query and writes its result; closes the execution. */
    void write(QueryExecution execution, Query query, OutputStream out) {
        try (QueryExecution qe = execution) {
            if (query.isSelectType()) {
                if (results == null) {
                    ResultSetFormatter.out(out, qe.execSelect(), query.getPrologue());
                } else {
                    ResultSetMgr.write(out, qe.execSelect(), results);
                }
            } else if (query.isAskType()) {
                boolean yes = qe.execAsk();
                if (results == null) {
                    new PrintWriter(out, true, StandardCharsets.UTF_8).println(yes ? "yes" : "no");
                } else {
                    ResultSetMgr.write(out, yes, results);
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, graph);
            }
        }
    }
}
