package org.actorgraph.robustness;

import static org.actorgraph.robustness.Inputs.CALM;
import static org.actorgraph.robustness.Inputs.ENGLISH_PARAGRAPH;
import static org.actorgraph.robustness.Inputs.FRENCH_PARAGRAPH;
import static org.actorgraph.robustness.Inputs.MARKET;
import static org.actorgraph.robustness.Inputs.oneLineAbout;
import static org.actorgraph.robustness.Inputs.summary;
import static org.actorgraph.robustness.Inputs.write;
import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.actorgraph.cli.Main;
import org.actorgraph.ingest.Document;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, bad input: each problem is one line on stderr naming the file (and line) and what is wrong;
 * the input is skipped and counted (exit 1), or repaired with a warning (exit 0); never a stack trace,
 * and the rest of the build goes on.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    private String textHashOf(String id) {
        return Kg.select(store(), "SELECT ?h WHERE { ?d dcterms:identifier \"" + id + "\" ; ag:textHash ?h }").get(0).get("h");
    }

    private static String sha256(String text) {
        return new Document("x", text, null, null, null, null, "x").textHash();
    }

    @Test
    void emptyFilesAreSkippedAndCounted() throws IOException {
        Path emptyTxt = write(tmp.resolve("in/vide.txt"), "");
        Path blankTxt = write(tmp.resolve("in/blanc.txt"), " \n\t\n");
        Path emptyJsonl = write(tmp.resolve("in/vide.jsonl"), "\n\n");
        write(tmp.resolve("in/bon.txt"), CALM);
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), tmp.resolve("in").toString()));
        oneLineAbout(r, emptyTxt, "empty file");
        oneLineAbout(r, blankTxt, "empty file");
        oneLineAbout(r, emptyJsonl, "empty file");
        assertTrue(summary(r).contains("1 read, 1 written, 0 unchanged (skipped), 3 failed"), r::toString);
        assertEquals(1, Kg.graphCount(store()));
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        byte[] random = new byte[4096];
        new Random(8).nextBytes(random);
        random[10] = 0;
        Path binTxt = write(tmp.resolve("in/image.txt"), random);
        Path binJsonl = write(tmp.resolve("in/image.jsonl"), random);
        Path utf16WithoutBom = write(tmp.resolve("in/utf16.txt"), CALM, StandardCharsets.UTF_16LE);
        write(tmp.resolve("in/bon.txt"), CALM);
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), tmp.resolve("in").toString()));
        oneLineAbout(r, binTxt, "binary file, not text");
        String line = oneLineAbout(r, binJsonl, "binary file, not text");
        assertTrue(line.contains("the rest of the file is skipped"), line);
        oneLineAbout(r, utf16WithoutBom, "binary file, not text");
        assertTrue(summary(r).contains("1 written, 0 unchanged (skipped), 3 failed"), r::toString);
    }

    @Test
    void latin1TextIsReadWithAWarning() throws IOException {
        String text = "L’été dernier, la fête du village a réuni des centaines de personnes sous un ciel dégagé.";
        Path cp1252 = write(tmp.resolve("in/latin1.txt"), text, Charset.forName("windows-1252"));
        Path jsonl = tmp.resolve("in/latin1.jsonl");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes(("{\"id\": \"utf8\", \"text\": \"" + MARKET + "\"}\n").getBytes(StandardCharsets.UTF_8));
        lines.writeBytes(("{\"id\": \"iso\", \"text\": \"" + text.replace('’', '\'') + "\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        write(jsonl, lines.toByteArray());

        Kg.Run r = Kg.expect(Main.OK, Kg.buildArgs(store(), cp1252.toString(), jsonl.toString()));
        String warning = oneLineAbout(r, cp1252, "not UTF-8; read as windows-1252");
        assertTrue(warning.startsWith("kg build: warning: "), warning);
        oneLineAbout(r, jsonl, jsonl + ":2: not UTF-8; read as windows-1252");
        assertEquals(3, Kg.graphCount(store()));
        assertEquals(sha256(text), textHashOf("latin1"), "the text must be stored as it reads, accents included");
        assertEquals(sha256(text.replace('’', '\'')), textHashOf("iso"));
    }

    @Test
    void textInNoEncodingIsRefused() throws IOException {
        // 0x81 and 0x8D are undefined in windows-1252, and the bytes are not UTF-8 either.
        byte[] bytes = "Le march\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] odd = Arrays.copyOf(bytes, bytes.length + 2);
        odd[bytes.length] = (byte) 0x81;
        odd[bytes.length + 1] = (byte) 0x8D;
        Path file = write(tmp.resolve("in/inconnu.txt"), odd);
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), file.toString()));
        oneLineAbout(r, file, "neither UTF-8 nor windows-1252");
    }

    @Test
    void htmlIsTurnedIntoTextWithAWarning() throws IOException {
        String html = """
                <!DOCTYPE html>
                <html><head><title>Météo</title><style>p { color: red }</style>
                <script>var x = "<p>pas du texte</p>";</script></head>
                <body><h1>La pluie</h1>
                <p>Il a plu toute la matinée sur la ville,
                   puis le soleil est revenu.</p><p>Le marché du samedi attire de nombreux habitants du quartier&nbsp;!</p>
                </body></html>
                """;
        Path page = write(tmp.resolve("in/page.txt"), html);
        Path jsonl = write(tmp.resolve("in/pages.jsonl"), "{\"id\": \"page-json\", \"text\": \"<p>" + CALM
                + "</p><p>" + MARKET + "</p>\"}\n");
        Kg.Run r = Kg.expect(Main.OK, Kg.buildArgs(store(), page.toString(), jsonl.toString()));
        oneLineAbout(r, page, "HTML, not plain text: tags taken out");
        oneLineAbout(r, jsonl, jsonl + ":1: HTML, not plain text");
        assertEquals(sha256("La pluie\n" + CALM + "\nLe marché du samedi attire de nombreux habitants du quartier !\n"),
                textHashOf("page"), "one line per block, no tags, no script or style, entities decoded");
        assertEquals(sha256(CALM + "\n" + MARKET + "\n"), textHashOf("page-json"));
        assertEquals(3L, Kg.count(store(), "SELECT ?n WHERE { ?d dcterms:identifier \"page\" ; ag:sentenceCount ?n }"),
                "the heading is a sentence of its own, then one sentence a paragraph");
    }

    @Test
    void textNotInFrenchIsLeftOutWithAWarning() throws IOException {
        Path english = write(tmp.resolve("in/english.txt"), ENGLISH_PARAGRAPH);
        Path french = write(tmp.resolve("in/francais.txt"), FRENCH_PARAGRAPH);
        Path shortEnglish = write(tmp.resolve("in/court.txt"), "The council met on Tuesday.");
        Path jsonl = write(tmp.resolve("in/mixed.jsonl"), "{\"id\": \"en\", \"text\": \"" + ENGLISH_PARAGRAPH + "\"}\n"
                + "{\"id\": \"fr\", \"text\": \"" + FRENCH_PARAGRAPH + "\"}\n");
        Kg.Run r = Kg.expect(Main.OK, Kg.buildArgs(store(), english.toString(), french.toString(), shortEnglish.toString(),
                jsonl.toString()));
        String line = oneLineAbout(r, english, "not in French (it looks like English); skipped");
        assertTrue(line.startsWith("kg build: warning: "), line);
        oneLineAbout(r, jsonl, jsonl + ":1: the text is not in French");
        assertTrue(Inputs.linesAbout(r, french).isEmpty(), "French text must not be flagged: " + r);
        assertTrue(Inputs.linesAbout(r, shortEnglish).isEmpty(), "a text this short is not judged: " + r);
        assertTrue(summary(r).contains("3 read, 3 written, 0 unchanged (skipped), 0 failed, 2 left out (not in French)"), r::toString);
        List<Map<String, String>> ids = Kg.select(store(), "SELECT ?id WHERE { ?d a ag:Document ; dcterms:identifier ?id } ORDER BY ?id");
        assertEquals(List.of(Map.of("id", "court"), Map.of("id", "fr"), Map.of("id", "francais")), ids);

        Kg.Run explain = Kg.expect(Main.OK, "explain", english.toString());
        assertTrue(explain.err().startsWith("kg explain: warning: " + english + ": the text is not in French"), explain::toString);
    }

    @Test
    void malformedTruncatedAndIncompleteJsonLinesAreReportedByLine() throws IOException {
        Path jsonl = write(tmp.resolve("in/lignes.jsonl"), String.join("\n",
                "{\"id\": \"bon\", \"text\": \"" + CALM + "\"}",
                "{id: \"non-strict\", text: \"guillemets manquants\"}",
                "{\"text\": \"" + MARKET + "\"}",
                "{\"id\": \"sans-texte\"}",
                "[\"un\", \"tableau\"]",
                "{\"id\": \"deux\", \"text\": \"" + MARKET + "\"} {\"id\": \"trois\"}",
                "{\"id\": [1], \"text\": \"" + MARKET + "\"}",
                "{\"id\": \"tronque\", \"text\": \"Le texte s'arr"));
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), jsonl.toString()));
        List<String> lines = Inputs.linesAbout(r, jsonl);
        List<String> expected = List.of(":2: malformed JSON (unexpected character, column 3)", ":3: missing \"id\"", ":4: missing \"text\"",
                ":5: expected a JSON object, found an array", ":6: malformed JSON (more than one value on the line)",
                ":7: \"id\" must be a string, found an array", ":8: malformed JSON (Unterminated string, column 42)");
        assertEquals(expected.size(), lines.size(), r::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.get(i).startsWith("kg build: " + jsonl + expected.get(i)), lines.get(i));
        }
        Kg.assertNoStackTrace(r);
        assertTrue(summary(r).contains("1 read, 1 written, 0 unchanged (skipped), 7 failed"), r::toString);
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheCut() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"id\": \"a\", \"text\": \"" + CALM + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Random random = new Random(8);
            for (int i = 0; i < 200; i++) {
                out.write(("{\"id\": \"n" + i + "\", \"text\": \"" + MARKET + " " + random.nextLong() + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Path cut = write(tmp.resolve("in/coupe.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        Path notGzip = write(tmp.resolve("in/faux.jsonl.gz"), "{\"id\": \"x\", \"text\": \"" + CALM + "\"}\n");
        Kg.Run r = Kg.run(Kg.buildArgs(store(), "--fail-fast", cut.toString()));
        assertEquals(Main.FAILED, r.exit(), r::toString);
        oneLineAbout(r, cut, "the gzip file is truncated");
        Kg.Run r2 = Kg.expect(Main.FAILED, Kg.buildArgs(store(), notGzip.toString()));
        oneLineAbout(r2, notGzip, "not a gzip file");
        assertTrue(Kg.ask(store(), "ASK { ?d dcterms:identifier \"a\" }"), "the lines before the cut are kept");
    }

    @Test
    void duplicateIdsInOneRunKeepTheFirst() throws IOException {
        Path txt = write(tmp.resolve("in/a/meme.txt"), CALM);
        Path jsonl = write(tmp.resolve("in/b/doublons.jsonl"), "{\"id\": \"meme\", \"text\": \"" + MARKET + "\"}\n"
                + "{\"id\": \"autre\", \"text\": \"" + MARKET + "\"}\n{\"id\": \"autre\", \"text\": \"" + CALM + "\"}\n");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), tmp.resolve("in").toString()));
        List<String> lines = Inputs.linesAbout(r, jsonl);
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).contains(jsonl + ":1: duplicate document id 'meme'"), r::toString);
        assertTrue(lines.get(1).contains(jsonl + ":3: duplicate document id 'autre'"), r::toString);
        assertTrue(Inputs.linesAbout(r, txt).isEmpty(), r::toString);
        assertEquals(sha256(CALM), textHashOf("meme"), "the first one read is kept");
        assertEquals(sha256(MARKET), textHashOf("autre"));
    }

    @Test
    void missingPathsAndForeignStoreFoldersAreRefusedInOneLine() throws IOException {
        Path article = write(tmp.resolve("in/calme.txt"), CALM);
        Path missing = tmp.resolve("nulle-part/article.txt");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store(), article.toString(), missing.toString()));
        oneLineAbout(r, missing, "no such file or directory");
        assertFalse(Files.exists(store()), "nothing read, nothing created");

        Path unsupported = write(tmp.resolve("in/notes.docx"), "x");
        Kg.Run u = Kg.expect(Main.FAILED, Kg.buildArgs(store(), unsupported.toString()));
        oneLineAbout(u, unsupported, "unsupported file type");

        Path foreign = write(tmp.resolve("documents/lettre.odt"), "pas une base").getParent();
        Kg.Run f = Kg.expect(Main.FAILED, Kg.buildArgs(foreign, article.toString()));
        oneLineAbout(f, foreign, "not a TDB2 store");
        assertEquals(List.of(foreign.resolve("lettre.odt")), Files.list(foreign).toList());
    }

    @Test
    void aDamagedStoreIsReportedInOneLine() throws IOException {
        Path damaged = tmp.resolve("abime");
        byte[] junk = new byte[5000];
        new Random(8).nextBytes(junk);
        write(damaged.resolve("Data-0001/nodes.dat"), junk);
        write(damaged.resolve("Data-0001/SPO.bpt"), "pas un arbre B+");
        Path article = write(tmp.resolve("in/calme.txt"), CALM);
        Kg.Run build = Kg.expect(Main.FAILED, Kg.buildArgs(damaged, article.toString()));
        oneLineAbout(build, damaged, "cannot open the TDB2 store");
        Kg.Run query = Kg.expect(Main.FAILED, "query", "--store", damaged.toString(), "-e", "ASK {}");
        oneLineAbout(query, damaged, "cannot open the TDB2 store");
    }

    @Test
    void failFastStopsAtTheFirstBadInputButNotAtAWarning() throws IOException {
        write(tmp.resolve("in/1-page.txt"), "<p>" + CALM + "</p><p>" + MARKET + "</p>");
        Path bad = write(tmp.resolve("in/2-vide.txt"), "");
        write(tmp.resolve("in/3-bon.txt"), MARKET);
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--fail-fast", "--store", store().toString(), tmp.resolve("in").toString());
        oneLineAbout(r, bad, "empty file");
        assertTrue(summary(r).contains("1 read, 1 written, 0 unchanged (skipped), 1 failed"), r::toString);
        assertTrue(Kg.ask(store(), "ASK { <" + DOC + "1-page> a ag:Document }"));
        assertFalse(Kg.ask(store(), "ASK { <" + DOC + "3-bon> a ag:Document }"), "the build stopped at the bad file");
    }
}
