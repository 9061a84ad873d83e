package org.actorgraph.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorgraph.cli.Main;
import picocli.CommandLine;

/**
 * Runs the {@code kg} command line in this JVM as a user would, capturing what it prints, and asks the
 * store questions with SPARQL through {@code kg query -f csv}.
 */
public final class Kg {
    private Kg() {}

    public static final String PREFIXES = """
            PREFIX ag: <https://w3id.org/actorgraph/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            """;

    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String DOC = "https://w3id.org/actorgraph/id/doc/";

    /**
     * One run: the exit code, what went to the command line's out and err writers, and what went to the
     * process's System.out and System.err meanwhile (logging, or anything printed around picocli).
     */
    public record Run(String[] args, int exit, String out, String err, String sysOut, String sysErr) {
        /** The non-blank lines written to the err writer. */
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** Everything a user would see on the terminal's stderr. */
        public String allErr() {
            return err + sysErr;
        }

        @Override
        public String toString() {
            return "kg " + String.join(" ", args) + "\n-> exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err
                    + "--- System.out:\n" + sysOut + "--- System.err:\n" + sysErr;
        }
    }

    public static synchronized Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(new Tee(sysOut, oldOut), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(sysErr, oldErr), true, StandardCharsets.UTF_8));
            // Made after System.out is swapped: picocli's default execution strategy remembers the
            // System.out of its construction and, if that changed, replaces the out writer set here.
            CommandLine cl = Main.commandLine(SharedResources::get);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit = cl.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(args, exit, out.toString(), err.toString(), sysOut.toString(StandardCharsets.UTF_8),
                sysErr.toString(StandardCharsets.UTF_8));
    }

    /** Fails when a run printed a stack trace (anywhere: its writers, System.out, System.err). */
    public static void assertNoStackTrace(Run r) {
        String all = r.allErr() + r.out() + r.sysOut();
        assertFalse(all.lines().anyMatch(l -> l.matches("\\s+at .+\\(.*\\)") || l.startsWith("Caused by:")
                        || l.startsWith("Exception in thread") || l.matches("^[a-z]+(\\.[a-zA-Z0-9_$]+)+(Exception|Error)(: .*)?$")),
                () -> "stack trace printed: " + r);
    }

    /**
     * Runs a command that must fail (or warn) with one line on stderr, nothing on stdout and no stack trace; with
     * {@code expected} not null, that line is checked too.
     */
    public static Run expectOneErrorLine(int exit, String expected, String... args) {
        Run r = expect(exit, args);
        assertEquals(1, r.errLines().size(), r::toString);
        if (expected != null) {
            assertEquals(expected, r.errLines().get(0), r::toString);
        }
        assertEquals("", r.out(), r::toString);
        assertNoStackTrace(r);
        return r;
    }

    /** Runs and checks the exit code, failing with everything the run printed otherwise. */
    public static Run expect(int exit, String... args) {
        Run r = run(args);
        assertEquals(exit, r.exit(), () -> "unexpected exit code for " + r);
        return r;
    }

    /** {@code kg build --store STORE ARGS...}; the run must succeed. */
    public static Run build(Path store, String... inputs) {
        return expect(Main.OK, buildArgs(store, inputs));
    }

    public static String[] buildArgs(Path store, String... inputs) {
        String[] args = new String[3 + inputs.length];
        args[0] = "build";
        args[1] = "--store";
        args[2] = store.toString();
        System.arraycopy(inputs, 0, args, 3, inputs.length);
        return args;
    }

    /** Runs a SELECT with {@code kg query -f csv} (prefixes added) and returns the parsed rows. */
    public static List<Map<String, String>> select(Path store, String sparql) {
        Run r = expect(Main.OK, "query", "--store", store.toString(), "-f", "csv", "-e", PREFIXES + sparql);
        try {
            return Csv.rows(r.out());
        } catch (IllegalArgumentException e) {
            return fail("cannot parse the CSV of " + r, e);
        }
    }

    /** Runs an ASK with {@code kg query -f csv} (prefixes added). */
    public static boolean ask(Path store, String sparql) {
        Run r = expect(Main.OK, "query", "--store", store.toString(), "-f", "csv", "-e", PREFIXES + sparql);
        List<List<String>> records = Csv.records(r.out());
        assertEquals(List.of("_askResult"), records.get(0), () -> "W3C CSV ASK header expected in " + r);
        assertEquals(2, records.size(), () -> "one boolean expected in " + r);
        return Boolean.parseBoolean(records.get(1).get(0));
    }

    /** A single number from a SELECT with one row and one column. */
    public static long count(Path store, String sparql) {
        List<Map<String, String>> rows = select(store, sparql);
        assertEquals(1, rows.size(), () -> "one row expected from " + sparql + " but got " + rows);
        return Long.parseLong(rows.get(0).values().iterator().next());
    }

    /** Named graphs in the store. */
    public static long graphCount(Path store) {
        return count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    /** Quads in the store. */
    public static long quadCount(Path store) {
        return count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
