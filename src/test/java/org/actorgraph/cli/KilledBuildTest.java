package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle (a real child JVM running {@code kg build}) leaves a store that
 * opens, holds only whole documents, and that the next build completes.
 */
class KilledBuildTest {
    /** Enough that a fast machine is still building when the first progress line comes, a second in. */
    private static final int DOCUMENTS = 300;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) documents done: (\\d+) written");

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledMidwayLeavesAConsistentStoreAndTheNextBuildFinishesTheRest() throws Exception {
        Path input = tmp.resolve("articles.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < DOCUMENTS; i++) {
            lines.append("{\"id\": \"doc-").append(i).append("\", \"text\": \"").append(BuildScaleTest.shortText(i))
                    .append(" La pluie est revenue le soir.\"}\n");
        }
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.actorgraph.cli.Main", "build", "--threads", "1", "--batch", "2", "--log-every", "1",
                "--store", store.toString(), input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> seen = new ArrayList<>();
        long writtenAtKill = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                seen.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Long.parseLong(m.group(2)) > 0) {
                    writtenAtKill = Long.parseLong(m.group(2));
                    child.destroyForcibly();  // SIGKILL: no shutdown hook, no commit of the open batch
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child build did not die");
        }
        if (writtenAtKill < 0) {
            fail("the child build never reported written documents; it printed: " + String.join("\n", seen));
        }

        long kept = Kg.graphCount(store);
        assertTrue(kept >= writtenAtKill && kept < DOCUMENTS,
                "killed after " + writtenAtKill + " written, the store holds " + kept + " of " + DOCUMENTS);
        // No half-written document: each graph has its document node, id, text hash and sentence count.
        assertEquals(kept, Kg.count(store, """
                SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {
                  GRAPH ?g { ?g a ag:Document ; dcterms:identifier ?id ; ag:textHash ?h ; ag:sentenceCount ?c }
                }"""));

        Kg.Run resumed = Kg.build(store, input.toString());
        assertTrue(resumed.out().contains(DOCUMENTS + " read, " + (DOCUMENTS - kept) + " written, " + kept + " unchanged"),
                resumed::toString);
        assertTrue(resumed.out().contains("skipped " + kept + " already in the store"), resumed::toString);
        assertEquals(DOCUMENTS, Kg.graphCount(store));
        assertEquals(DOCUMENTS, Kg.count(store,
                "SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { GRAPH ?g { ?g dcterms:identifier ?id ; ag:textHash ?h } }"));
    }
}
