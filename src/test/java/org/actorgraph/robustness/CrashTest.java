package org.actorgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, crash safety: a {@code kg build} in another JVM is killed with SIGKILL while it writes; the
 * store then opens without help (the dead process's lock is stale), every graph in it is whole (the same
 * quads as a clean build of the same document) and a new build completes the rest.
 */
class CrashTest {
    private static final int DOCUMENTS = 150;
    private static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledWhileWritingLeavesOnlyWholeDocuments() throws Exception {
        Random random = new Random(8);
        String[] subjects = {"Le conseil", "La mairie", "Le club de football", "L'école", "La bibliothèque"};
        String[] verbs = {"a ouvert", "a fermé", "a rénové", "a présenté", "a agrandi"};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            lines.append("{\"id\": \"d").append(i).append("\", \"text\": \"").append(subjects[random.nextInt(subjects.length)])
                    .append(' ').append(verbs[random.nextInt(verbs.length)]).append(" un nouveau bâtiment le ")
                    .append(1 + random.nextInt(28)).append(" mars.\"}\n");
        }
        Path jsonl = Files.writeString(tmp.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
        Path clean = tmp.resolve("clean");
        Kg.build(clean, jsonl.toString());

        Path store = tmp.resolve("store");
        Path log = tmp.resolve("child.log");
        Process child = ChildBuild.start(log, "--threads", "1", "--batch", "2", "--store", store.toString(),
                jsonl.toString());
        try {
            waitForWrites(store, child, log);
            Thread.sleep(random.nextInt(300));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }

        List<Map<String, String>> crashed = Kg.select(store, QUADS);
        Set<String> graphs = crashed.stream().map(q -> q.get("g")).collect(Collectors.toSet());
        assertTrue(graphs.size() < DOCUMENTS, "the build was killed before it finished");
        List<Map<String, String>> sameGraphsClean = Kg.select(clean, QUADS).stream()
                .filter(q -> graphs.contains(q.get("g"))).toList();
        assertEquals(sameGraphsClean, crashed, "every graph the killed build left is whole: " + graphs.size() + " graphs");
        Kg.Run validate = Kg.expect(Main.OK, "validate", "--store", store.toString());
        assertTrue(validate.out().contains(graphs.size() + " graphs, all conform"), validate::toString);

        Kg.Run rest = Kg.build(store, jsonl.toString());
        assertTrue(rest.out().contains(graphs.size() + " unchanged"), rest::toString);
        assertEquals(Kg.select(clean, QUADS), Kg.select(store, QUADS));
    }

    /**
     * TDB2 lays a new store's files out one by one; a process killed in those milliseconds used to leave a
     * folder TDB2 could not open ("Node block manager empty"). A store is now made in a hidden folder and
     * renamed into place, so such a kill leaves only the hidden folder, which the next build removes.
     */
    @Test
    void aStoreCreationKilledHalfwayLeavesNothingInTheWay() throws Exception {
        Path store = tmp.resolve("store");
        Path abandoned = Files.createDirectories(tmp.resolve(".store.creating-" + deadPid()).resolve("Data-0001"));
        Files.write(abandoned.resolve("SPO.dat"), new byte[4096]);
        Files.writeString(abandoned.resolve("nodes.bpt"), "half-written");
        Kg.Run r = Kg.build(store, Inputs.write(tmp.resolve("in/calme.txt"), Inputs.CALM).toString());
        assertTrue(r.out().contains("1 written"), r::toString);
        assertEquals(List.of(store), Files.list(tmp).filter(p -> p.getFileName().toString().contains("store")).toList(),
                "the abandoned creation is removed, the store is in place");
        assertEquals(1, Kg.graphCount(store));
    }

    /** A process id that no live process has. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    /** Waits until the child writes documents: the store's node data file (empty in a new store) grows. */
    private static void waitForWrites(Path store, Process child, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                throw new AssertionError("the build ended before it could be killed: " + Files.readString(log));
            }
            Path nodes = store.resolve("Data-0001").resolve("nodes-data.obj");
            if (Files.exists(nodes) && Files.size(nodes) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the build wrote nothing in 180 s: " + Files.readString(log));
    }
}
