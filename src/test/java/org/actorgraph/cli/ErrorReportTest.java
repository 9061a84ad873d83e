package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reports a problem the same way: one line {@code kg COMMAND: MESSAGE} on stderr, exit 1 for
 * a failure and 2 for bad usage, a stack trace only in verbose mode. None of these runs loads CoreNLP.
 */
class ErrorReportTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingStoreIsOneLineAndExit1InEveryCommandThatReadsOne() {
        Path none = tmp.resolve("none");
        String line = none + ": no TDB2 store here (run 'kg build --store " + none + "' first)";
        for (String[] args : List.of(new String[] {"query", "-e", "ASK {}"}, new String[] {"export"},
                new String[] {"validate"}, new String[] {"viz", "-o", "-"}, new String[] {"serve", "--port", "0"},
                new String[] {"push", "--to", "http://127.0.0.1:9/kg"}, new String[] {"register"})) {
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--store";
            full[args.length + 1] = none.toString();
            Kg.expectOneErrorLine(Main.FAILED, "kg " + args[0] + ": " + line, full);
        }
        assertFalse(Files.exists(none), "reading commands must not create a store");
    }

    @Test
    void usageErrorsExit2() {
        Kg.expectOneErrorLine(Main.USAGE, "kg serve: --allow-update needs --password-file (updates are only open to known users)",
                "serve", "--allow-update");
        Kg.expectOneErrorLine(Main.USAGE, "kg push: --batch must be at least 1", "push", "--to", "http://127.0.0.1:9/kg", "--batch", "0");
        Kg.expectOneErrorLine(Main.USAGE, "kg push: --to ftp://x: not an http(s) URL", "push", "--to", "ftp://x");
        Kg.expectOneErrorLine(Main.USAGE, "kg query: give either --store or --endpoint, not both", "query", "--store", "s",
                "--endpoint", "http://127.0.0.1:9/kg/sparql", "-e", "ASK {}");
        Kg.expectOneErrorLine(Main.USAGE, "kg build: --threads, --batch, --max-doc-chars and --log-every must be at least 1",
                "build", "--threads", "0", "data/articles/seed-armenie-france.txt");
        Kg.expectOneErrorLine(Main.USAGE, "kg query: -e: SPARQL syntax error at line 1, column 5: Encountered \"<EOF>\" at line 1, column 5.",
                "query", "-e", "ASK {");
        Kg.Run r = Kg.expect(Main.USAGE, "register", "--format", "xlsx");
        assertTrue(r.err().contains("xlsx") && r.err().contains("csv, tsv, md"), r::toString);
    }

    @Test
    void unreadableFilesAreOneLineAndExit1() throws IOException {
        Path rq = tmp.resolve("absent.rq");
        Kg.expectOneErrorLine(Main.FAILED, "kg query: " + rq + ": no such file", "query", rq.toString());
        Kg.expectOneErrorLine(Main.FAILED, "kg viz: " + rq + ": no such file", "viz", "--query", rq.toString());
        Path folder = Files.createDirectories(tmp.resolve("folder.rq"));
        Kg.Run r = Kg.expectOneErrorLine(Main.FAILED, null, "query", folder.toString());
        assertTrue(r.errLines().get(0).startsWith("kg query: " + folder + ": cannot read ("), r::toString);
    }

    @Test
    void verboseModeAddsTheStackTrace() {
        Path none = tmp.resolve("none");
        System.setProperty("actorgraph.verbose", "true");
        try {
            Kg.Run r = Kg.expect(Main.FAILED, "query", "--store", none.toString(), "-e", "ASK {}");
            assertTrue(r.errLines().get(0).startsWith("kg query: " + none + ": no TDB2 store here"), r::toString);
            assertTrue(r.err().contains("org.actorgraph.store.StoreError") && r.err().contains("\tat "), r::toString);
        } finally {
            System.clearProperty("actorgraph.verbose");
        }
    }
}
