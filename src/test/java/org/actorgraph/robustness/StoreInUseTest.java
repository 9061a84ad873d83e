package org.actorgraph.robustness;

import static org.actorgraph.robustness.Inputs.CALM;
import static org.actorgraph.robustness.Inputs.MARKET;
import static org.actorgraph.robustness.Inputs.write;
import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.Kg;
import org.actorgraph.testsupport.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, concurrent use: a store held by another live process (a build, or {@code kg serve}) is refused in one line naming that
 * process and suggesting 'kg push'; once that process is killed (kill -9), its lock is stale and the next
 * build takes the store over with everything it held.
 */
class StoreInUseTest {
    @TempDir
    Path tmp;

    @Test
    void aStoreHeldByAnotherBuildIsRefusedAndItsLockIsStaleOnceThatBuildIsKilled() throws Exception {
        Path store = tmp.resolve("store");
        Kg.build(store, write(tmp.resolve("in/calme.txt"), CALM).toString());
        long quads = Kg.quadCount(store);

        // The other build reads a named pipe that nobody writes to: it opens the store, then waits for ever.
        Path fifo = tmp.resolve("flux.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed for this test");
        Process other = ChildBuild.start(tmp.resolve("other-build.log"), "--threads", "1", "--store", store.toString(),
                fifo.toString());
        try {
            waitForLock(store, other);
            Kg.Run second = Kg.expect(Main.FAILED, Kg.buildArgs(store, write(tmp.resolve("in/marche.txt"), MARKET).toString()));
            String line = Inputs.oneLineAbout(second, store, "the store is in use by process " + other.pid());
            assertTrue(line.contains("'kg push'"), line);
            assertEquals(1, second.errLines().size(), second::toString);

            Kg.Run query = Kg.expect(Main.FAILED, "query", "--store", store.toString(), "-e", "ASK {}");
            Inputs.oneLineAbout(query, store, "the store is in use by process " + other.pid());
        } finally {
            other.destroyForcibly(); // SIGKILL: the process has no chance to release anything
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other build should die");
        }
        assertEquals(137, other.exitValue(), "killed by SIGKILL");
        assertEquals(String.valueOf(other.pid()), Files.readString(store.resolve("tdb.lock")).strip(),
                "the dead process's lock file is still there");

        Kg.Run after = Kg.build(store, tmp.resolve("in/marche.txt").toString());
        assertTrue(after.out().contains("1 written"), after::toString);
        assertEquals(2, Kg.graphCount(store));
        assertTrue(Kg.ask(store, "ASK { GRAPH <" + DOC + "calme> { <" + DOC + "calme> dcterms:identifier \"calme\" } }"));
        assertTrue(Kg.quadCount(store) > quads);
    }

    @Test
    void aStoreServedByKgServeIsRefusedByBuildWhichSuggestsPushAndTheServerKeepsServing() throws Exception {
        Path store = tmp.resolve("store");
        Kg.build(store, write(tmp.resolve("in/calme.txt"), CALM).toString());
        long quads = Kg.quadCount(store);
        try (ServeProcess server = ServeProcess.start("--store", store.toString(), "--port", "0")) {
            Kg.Run build = Kg.expect(Main.FAILED, Kg.buildArgs(store, write(tmp.resolve("in/marche.txt"), MARKET).toString()));
            String line = Inputs.oneLineAbout(build, store, "the store is in use by process");
            assertTrue(line.contains("kg serve") && line.contains("'kg push'"), line);

            HttpResponse<String> count = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                            StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, count.statusCode(), count::body);
            assertEquals(String.valueOf(quads), count.body().lines().skip(1).findFirst().orElse("").strip(),
                    "the server still serves what the store held");
        }
    }

    /** Waits until the other process has written its PID into the store's lock file. */
    private void waitForLock(Path store, Process other) throws Exception {
        Path lock = store.resolve("tdb.lock");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!other.isAlive()) {
                throw new AssertionError("the other build ended early: " + log());
            }
            if (Files.exists(lock) && Files.readString(lock).strip().equals(String.valueOf(other.pid()))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the other build did not take the store's lock in 120 s: " + log());
    }

    private String log() throws IOException {
        return Files.readString(tmp.resolve("other-build.log"));
    }
}
