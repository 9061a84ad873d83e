package org.actorgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actorgraph.extract.Frame;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor reads the same document the same way in every JVM. Two orders used to differ from one run to the
 * next: a hash set of actors (a record's hash mixes in its enum's identity hash) and a frame's slots (an immutable
 * map's iteration order is salted per JVM), and with them which of two equally ranked arguments was read first.
 * Both are printed here and in two other JVMs, and must agree.
 */
class RunToRunOrderTest {
    @TempDir
    Path tmp;

    /** Prints the orders this JVM reads: the gazetteer's actors through a hash set, and each frame's slots. */
    public static void main(String[] args) {
        orders().forEach(System.out::println);
    }

    static List<String> orders() {
        List<String> out = new ArrayList<>();
        for (Actor a : new HashSet<>(Gazetteer.load().actors())) {
            out.add(a.qid());
        }
        for (Frame f : FrameBook.load().frames()) {
            out.add(f.id() + " " + String.join(",", f.slots().keySet()));
        }
        return out;
    }

    @Test
    void actorsAndSlotsAreReadInTheSameOrderInEveryJvm() throws Exception {
        List<String> here = orders();
        assertTrue(here.size() > 100, "the gazetteer and the rule book were read");
        for (int run = 0; run < 2; run++) {
            List<String> there = inChildJvm(run);
            int i = 0;
            while (i < Math.min(here.size(), there.size()) && here.get(i).equals(there.get(i))) {
                i++;
            }
            int first = i;
            assertEquals(here.size(), first, () -> "another JVM reads line " + first + " as "
                    + (first < there.size() ? there.get(first) : "nothing") + ", this one as " + here.get(first));
            assertEquals(here.size(), there.size(), "another JVM reads more lines");
        }
    }

    private List<String> inChildJvm(int run) throws IOException, InterruptedException {
        Path log = tmp.resolve("orders-" + run + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunToRunOrderTest.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM finished");
        assertEquals(0, p.exitValue(), () -> "child JVM: " + read(log));
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
