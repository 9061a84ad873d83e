package org.actorgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.actorgraph.cli.Main;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.StageTimes;
import org.actorgraph.testsupport.SharedResources;
import org.actorgraph.store.KgStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, fuzzing with a seeded generator (the seed is in each failure message): random bytes, random
 * Unicode and random or broken JSON thrown at the readers, and short random texts through the analyser
 * and a real build. Each input is either read or refused with an InputError, never another exception;
 * each message is one line; the store opens afterwards and every graph in it is a valid document graph.
 */
class FuzzTest {
    /** Fixed, so that a failure can be replayed; -Dactorgraph.fuzz.seed=N tries other inputs. */
    private static final long SEED = Long.getLong("actorgraph.fuzz.seed", 20261125L);
    private static final int READER_CASES = 400;
    private static final int ANALYSER_CASES = 40;

    @TempDir
    Path tmp;

    /** Collects what a reader gives, checking each message as it comes. */
    private static final class Collector implements DocumentSink {
        final Path file;
        final List<Document> docs = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Collector(Path file) {
            this.file = file;
        }

        @Override
        public boolean accept(Document doc) {
            assertFalse(doc.id().isBlank(), "a document without an id from " + file);
            assertFalse(doc.text().isBlank(), "a document without text from " + file);
            assertTrue(doc.text().indexOf('\u0000') < 0, "NUL in the text of a document from " + file);
            docs.add(doc);
            return true;
        }

        @Override
        public boolean error(InputError error) {
            errors.add(checkOneLine(error.getMessage()));
            return true;
        }

        @Override
        public void warning(InputWarning warning) {
            warnings.add(checkOneLine(warning.message()));
        }

        private String checkOneLine(String message) {
            assertTrue(message.startsWith(file.toString()), () -> "message does not start with the file: " + message);
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "message on several lines: " + message);
            return message;
        }
    }

    private Path randomFile(int i, RandomText gen) throws IOException {
        var r = gen.random();
        return switch (i % 7) {
            case 0 -> Files.write(tmp.resolve("c" + i + ".txt"), gen.bytes(2000));
            case 1 -> Files.write(tmp.resolve("c" + i + ".jsonl"), gen.bytes(2000));
            case 2 -> Files.write(tmp.resolve("c" + i + ".jsonl.gz"), r.nextBoolean() ? gzip(gen.bytes(2000)) : gen.bytes(500));
            case 3 -> Files.write(tmp.resolve("c" + i + ".txt"), gen.unicode(400).getBytes(
                    List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, Charset.forName("windows-1252"),
                            StandardCharsets.ISO_8859_1).get(r.nextInt(4))));
            case 4 -> {
                StringBuilder sb = new StringBuilder();
                for (int k = r.nextInt(12); k >= 0; k--) {
                    sb.append(gen.jsonLine()).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
                }
                yield Files.write(tmp.resolve("c" + i + ".jsonl"), sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> Files.write(tmp.resolve("c" + i + ".txt"), ("<html><body><p>" + gen.shortText(40) + "</p><div>"
                    + gen.unicode(30) + "<br><script>" + gen.unicode(20) + "</script></div>" + gen.shortText(5))
                    .getBytes(StandardCharsets.UTF_8));
            default -> {
                byte[] whole = gzip((gen.jsonLine() + "\n" + gen.jsonLine() + "\n").getBytes(StandardCharsets.UTF_8));
                yield Files.write(tmp.resolve("c" + i + ".jsonl.gz"), java.util.Arrays.copyOf(whole, r.nextInt(whole.length + 1)));
            }
        };
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readersReadOrRefuseEveryRandomInputWithOneLine() throws IOException {
        RandomText gen = new RandomText(SEED);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < READER_CASES; i++) {
            Path file = randomFile(i, gen);
            Collector c = new Collector(file);
            try {
                InputWalker.read(List.of(file), c);
            } catch (Throwable t) {
                fail("case " + i + " (seed " + SEED + ", " + file.getFileName() + "): the reader threw " + t, t);
            }
            assertFalse(c.docs.isEmpty() && c.errors.isEmpty() && c.warnings.isEmpty(),
                    "case " + i + ": an input must give a document, an error or a warning");
            read += c.docs.size();
            refused += c.errors.size();
            Files.delete(file);
        }
        assertTrue(read > READER_CASES / 10 && refused > READER_CASES / 10,
                "the generator should make both readable and unreadable inputs: " + read + " read, " + refused + " refused");
    }

    @Test
    void randomShortTextsAreAnalysedAndBuiltOrRefusedAndTheStoreStaysValid() throws IOException {
        RandomText gen = new RandomText(SEED + 1);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ANALYSER_CASES; i++) {
            String id = i % 10 == 9 ? gen.unicode(6) : "f" + (i % 37);
            String text = i % 3 == 0 ? gen.unicode(80) : gen.shortText(25);
            lines.append("{\"id\": ").append(gen.quote(id)).append(", \"text\": ").append(gen.quote(text)).append("}\n");
        }
        // Lone surrogates outside \\u escapes become '?' in UTF-8, as any writer would make them.
        Path jsonl = Files.write(tmp.resolve("fuzz.jsonl"), lines.toString().getBytes(StandardCharsets.UTF_8));

        Collector c = new Collector(jsonl);
        InputWalker.read(List.of(jsonl), c);
        DocumentPipeline pipeline = SharedResources.pipeline();
        for (Document doc : c.docs) {
            try {
                assertFalse(pipeline.process(doc, new StageTimes()).graph().isEmpty());
            } catch (RuntimeException e) {
                fail("seed " + SEED + ": the analyser threw on " + doc.origin() + ": " + e, e);
            }
        }

        Path store = tmp.resolve("store");
        Kg.Run r = Kg.run(Kg.buildArgs(store, jsonl.toString()));
        assertTrue(r.exit() == Main.OK || r.exit() == Main.FAILED, r::toString);
        Kg.assertNoStackTrace(r);
        for (String line : r.errLines()) {
            assertTrue(line.startsWith("kg build: " + jsonl + ":") || line.startsWith("kg build: warning: " + jsonl + ":"),
                    () -> "not a one-line input message: " + line);
            assertFalse(line.contains("cannot analyse"), () -> "the analyser failed: " + line);
        }
        Matcher written = Pattern.compile("(\\d+) written").matcher(r.out());
        assertTrue(written.find(), r::toString);
        assertTrue(Long.parseLong(written.group(1)) > ANALYSER_CASES / 4, r::toString);
        assertEquals(Long.parseLong(written.group(1)), Kg.graphCount(store), r::toString);
        assertEquals(List.of(), Kg.select(store, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER NOT EXISTS { GRAPH ?g { ?g a ag:Document ; dcterms:identifier ?id ; ag:textHash ?h } } }"),
                "every graph has its document node");
        assertEveryGraphConforms(store);
    }

    private static void assertEveryGraphConforms(Path store) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (KgStore kg = KgStore.openExisting(store)) {
            kg.read(() -> {
                var names = kg.dataset().listNames();
                while (names.hasNext()) {
                    String g = names.next().toString();
                    Graph graph = kg.dataset().getNamedModel(g).getGraph();
                    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
                    if (!report.conforms()) {
                        ShLib.printReport(report);
                        fail("graph " + g + " does not conform to ontology/shapes.ttl: " + report.getEntries());
                    }
                }
                return null;
            });
        }
    }
}
