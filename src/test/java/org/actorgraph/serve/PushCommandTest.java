package org.actorgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.cli.Main;
import org.actorgraph.store.KgStore;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg push} to a separate, real Fuseki on a free loopback port that asks for HTTP basic auth: what it
 * sends arrives, re-pushing adds nothing, and every failure (wrong password, server down, wrong URL, request
 * too large) is one clear line and leaves what was pushed before.
 */
class PushCommandTest {
    static final Pattern REPORT = Pattern.compile("^pushed (\\d+) triples in (\\d+) batch(?:es)? to (\\S+); it now holds (\\d+) triples in named graphs");

    @TempDir
    Path tmp;
    DatasetGraph target;
    FusekiServer fuseki;
    String url;
    Path password;

    @BeforeEach
    void startTarget() throws IOException {
        Path realm = Files.writeString(tmp.resolve("realm.properties"), "loader: pa55word\n");
        password = Files.writeString(tmp.resolve("password"), "pa55word\n");
        target = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0)
                .securityHandler(BasicAuth.securityHandler(realm)).serverAuthPolicy(Auth.ANY_USER).add("/ds", target, true)
                .build().start();
        url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
    }

    @AfterEach
    void stopTarget() {
        fuseki.stop();
    }

    long quadsOnTarget() {
        return Txn.calculateRead(target, () -> {
            long n = 0;
            for (var it = target.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    Kg.Run push(int exit, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("push", "--to", url, "--user", "loader", "--password-file",
                password.toString()));
        args.addAll(List.of(more));
        return Kg.expect(exit, args.toArray(String[]::new));
    }

    static long[] report(Kg.Run r) {
        Matcher m = REPORT.matcher(r.out().strip());
        assertTrue(m.find(), r::toString);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(4))};
    }

    @Test
    void pushesTheStoreGraphByGraphInBatchesAndRePushingAddsNothing() {
        Path store = DataStore.get();
        long quads = Kg.quadCount(store);
        Kg.Run first = push(Main.OK, "--store", store.toString(), "--batch", "100");
        long[] r1 = report(first);
        assertEquals(quads, r1[0], "triples sent");
        assertTrue(r1[1] >= quads / 100, "batches of at most 100 triples: " + first);
        assertEquals(quads, r1[2], "triples present afterwards");
        assertEquals(quads, quadsOnTarget());
        long graphs = Kg.graphCount(store);
        assertEquals(graphs, Txn.calculateRead(target, () -> (long) org.apache.jena.atlas.iterator.Iter.count(target.listGraphNodes())));

        Kg.Run again = push(Main.OK, "--store", store.toString(), "--graph-per-document");
        long[] r2 = report(again);
        assertEquals(quads, r2[0]);
        assertEquals(quads, r2[2], "re-pushing adds nothing");
        assertEquals(quads, quadsOnTarget());
    }

    @Test
    void pushesRdfFilesIntoOneGraph() {
        Kg.Run r = push(Main.OK, "--graph", "urn:actorgraph:ontology", "ontology/actorgraph.ttl");
        long[] rep = report(r);
        assertTrue(rep[0] > 50, r::toString);
        assertEquals(rep[0], Txn.calculateRead(target,
                () -> (long) target.getGraph(NodeFactory.createURI("urn:actorgraph:ontology")).size()));
    }

    @Test
    void wrongPasswordIs401AndChangesNothing() throws IOException {
        push(Main.OK, "--graph", "urn:before", "ontology/shapes.ttl");
        long before = quadsOnTarget();
        Path wrong = Files.writeString(tmp.resolve("wrong"), "guess\n");
        Kg.Run r = Kg.expect(Main.FAILED, "push", "--to", url, "--user", "loader", "--password-file", wrong.toString(),
                "--store", DataStore.get().toString());
        assertOneLine(r, "401");
        assertEquals(before, quadsOnTarget(), "what was pushed before is still there, nothing more");
        Kg.Run anonymous = Kg.expect(Main.FAILED, "push", "--to", url, "--store", DataStore.get().toString());
        assertOneLine(anonymous, "401");
    }

    @Test
    void serverDownIsAClearError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Kg.Run r = Kg.expect(Main.FAILED, "push", "--to", "http://127.0.0.1:" + port + "/kg", "--store",
                DataStore.get().toString());
        assertOneLine(r, "connection refused");
    }

    @Test
    void wrongUrlIs404() {
        Kg.Run r = Kg.expect(Main.FAILED, "push", "--to", url.replace("/ds", "/nope"), "--user", "loader",
                "--password-file", password.toString(), "--store", DataStore.get().toString());
        assertOneLine(r, "404");
    }

    @Test
    void requestTooLargeIsRefusedAndKeepsWhatWasPushedBefore(@TempDir Path dir) throws IOException {
        // The target here is kg serve's own server, with updates allowed and a 20 KB request limit.
        Path store = dir.resolve("target");
        KgStore.open(store).close();
        Path realm = Files.writeString(dir.resolve("realm.properties"), "loader: pa55word\n");
        ServeOptions options = new ServeOptions("127.0.0.1", 0, "kg", true, realm, 0, 20_000, List.of());
        try (KgStore kg = KgStore.openExisting(store); KgServer server = KgServer.start(kg, options)) {
            url = server.datasetUrl();
            Kg.Run small = push(Main.OK, "--graph", "urn:small", "ontology/shapes.ttl", "--batch", "50");
            long held = report(small)[2];
            Kg.Run big = push(Main.FAILED, "--store", DataStore.get().toString(), "--batch", "100000");
            // The server answers 413 and closes the connection; a client still writing the body sees the
            // connection closed before it can read the answer, so either line may come, and both say what to do.
            assertOneLine(big, "push smaller batches with --batch");
            Matcher m = Pattern.compile("; (\\d+) triples in \\d+ batch(es)? were sent before the failure").matcher(big.err());
            assertTrue(m.find(), big::toString);
            long sentBefore = Long.parseLong(m.group(1));
            assertTrue(sentBefore < Kg.quadCount(DataStore.get()), "the push stopped at the first refused batch");
            assertEquals(held, remoteCount("SELECT (COUNT(*) AS ?n) { GRAPH <urn:small> { ?s ?p ?o } }"),
                    "what was pushed before is still there");
            assertEquals(held + sentBefore, remoteCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        }
    }

    @Test
    void badUsageIsRefusedBeforeSendingAnything() {
        Kg.Run both = Kg.expect(Main.USAGE, "push", "--to", url, "--store", DataStore.get().toString(), "ontology/shapes.ttl");
        assertOneLine(both, "either --store or FILE");
        Kg.expect(Main.USAGE, "push", "--to", url, "--user", "loader", "--store", DataStore.get().toString());
        Kg.expect(Main.USAGE, "push", "--to", url, "--graph", "urn:g", "--graph-per-document", "ontology/shapes.ttl");
        Kg.Run notRdf = push(Main.FAILED, "README.md");
        assertOneLine(notRdf, "README.md");
        assertEquals(0, quadsOnTarget());
    }

    /** A count asked of the target over HTTP (the server holds its store, so it is not opened a second time). */
    long remoteCount(String select) {
        Kg.Run r = Kg.expect(Main.OK, "query", "--endpoint", url + "/sparql", "-f", "csv", "-e", select);
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    static void assertOneLine(Kg.Run r, String mentions) {
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(mentions), r::toString);
        assertFalse(r.allErr().contains("\tat "), r::toString);
    }
}
