package org.actorgraph.serve;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFuseki;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Loads a dataset into a running Fuseki (or any SPARQL Graph Store Protocol service) in batches: each batch
 * is one HTTP POST of at most {@code batchSize} triples to one graph. POST adds to what the target holds and
 * RDF graphs are sets, so pushing the same triples again adds nothing, and a failure leaves every batch
 * already sent in place.
 */
public final class Pusher {
    /** Where the triples go on the target. */
    public sealed interface Target {
        /** Each graph of the source to the graph of the same name (the default graph to the default graph). */
        record SameGraphs() implements Target {}

        /** Everything to one graph; {@code null} for the target's default graph. */
        record OneGraph(Node graph) implements Target {}
    }

    /** What a push did, and what it had done when it failed. */
    public static final class Progress {
        private long triplesSent;
        private long batches;
        private boolean sentToDefaultGraph;

        public long triplesSent() {
            return triplesSent;
        }

        public long batches() {
            return batches;
        }
    }

    /** A push that failed after part of the data was sent. */
    public static final class PushFailed extends RuntimeException {
        private final transient Progress progress;

        PushFailed(String message, Progress progress, Throwable cause) {
            super(message, cause);
            this.progress = progress;
        }

        public Progress progress() {
            return progress;
        }
    }

    /**
     * Triples on the target after a push.
     *
     * @param inNamedGraphs triples in the target's named graphs
     * @param inDefaultGraph triples in the target's default graph, or -1 when nothing was pushed there
     */
    public record Present(long inNamedGraphs, long inDefaultGraph) {}

    private static final String GSP = "data";
    private static final String QUERY = "sparql";

    private final String datasetUrl;
    private final String user;
    private final String password;
    private final int batchSize;

    /**
     * @param datasetUrl the dataset, e.g. {@code http://127.0.0.1:3030/kg} (GSP at {@code /data}, query at {@code /sparql})
     * @param user HTTP basic auth user, or null
     * @param password its password
     */
    public Pusher(String datasetUrl, String user, String password, int batchSize) {
        this.datasetUrl = datasetUrl.replaceAll("/+$", "").replaceAll("/data$", "");
        this.user = user;
        this.password = password;
        this.batchSize = batchSize;
    }

    public String datasetUrl() {
        return datasetUrl;
    }

    /** Sends the source; the caller holds whatever transaction the source needs. */
    public Progress push(DatasetGraph source, Target target) {
        Progress progress = new Progress();
        withLink(link -> {
            try {
                Iterator<Node> names = source.listGraphNodes();
                sendGraph(link, source.getDefaultGraph(), graphFor(target, null), progress);
                while (names.hasNext()) {
                    Node name = names.next();
                    sendGraph(link, source.getGraph(name), graphFor(target, name), progress);
                }
            } catch (RuntimeException e) {
                if (!HttpFailure.isHttp(e)) {
                    throw e;
                }
                throw new PushFailed(describeSendFailure(e), progress, e);
            }
        });
        return progress;
    }

    /** Counts the triples the target holds, in its named graphs and (if the push used it) its default graph. */
    public Present present(Progress progress) {
        long[] counts = {0, -1};
        withLink(link -> {
            try {
                counts[0] = count(link, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
                if (progress.sentToDefaultGraph) {
                    counts[1] = count(link, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
                }
            } catch (RuntimeException e) {
                if (!HttpFailure.isHttp(e)) {
                    throw e;
                }
                throw new PushFailed(HttpFailure.describe(datasetUrl, e), progress, e);
            }
        });
        return new Present(counts[0], counts[1]);
    }

    /**
     * A server that refuses a request body as too large answers 413 and closes the connection; when the body
     * is still being written, the client sees the connection closed instead of the answer (a race that JDK 17's
     * HTTP client cannot avoid: its {@code Expect: 100-continue} hangs on a refusal, JDK-8286171).
     */
    private String describeSendFailure(RuntimeException e) {
        if (HttpFailure.connectionClosedWhileSending(e)) {
            return datasetUrl + ": the server closed the connection while a batch was being sent (a server refuses"
                    + " a request larger than it accepts this way, like HTTP 413: push smaller batches with --batch)";
        }
        return HttpFailure.describe(datasetUrl, e);
    }

    private static Node graphFor(Target target, Node sourceGraph) {
        return target instanceof Target.OneGraph one ? one.graph() : sourceGraph;
    }

    private void sendGraph(RDFLink link, Graph graph, Node targetGraph, Progress progress) {
        Graph batch = GraphFactory.createDefaultGraph();
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() >= batchSize) {
                send(link, batch, targetGraph, progress);
                batch = GraphFactory.createDefaultGraph();
            }
        }
        if (!batch.isEmpty()) {
            send(link, batch, targetGraph, progress);
        }
    }

    private static void send(RDFLink link, Graph batch, Node targetGraph, Progress progress) {
        if (targetGraph == null) {
            link.load(batch);
            progress.sentToDefaultGraph = true;
        } else {
            link.load(targetGraph, batch);
        }
        progress.triplesSent += batch.size();
        progress.batches++;
    }

    private static long count(RDFLink link, String select) {
        RowSet rows = link.query(select).select();
        return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0;
    }

    /** Runs with a connection to the target, with the credentials (sent up front) registered for its URL only. */
    private void withLink(Consumer<RDFLink> action) {
        List<String> endpoints = List.of(datasetUrl + "/" + GSP, datasetUrl + "/" + QUERY);
        if (user != null) {
            endpoints.forEach(e -> AuthEnv.get().registerBasicAuthModifier(e, user, password));
        }
        try (RDFLink link = RDFLinkFuseki.newBuilder().destination(datasetUrl).gspEndpoint(GSP).queryEndpoint(QUERY).build()) {
            action.accept(link);
        } finally {
            if (user != null) {
                endpoints.forEach(e -> AuthEnv.get().unregisterAuthModifier(e));
            }
        }
    }
}
