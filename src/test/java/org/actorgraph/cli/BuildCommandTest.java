package org.actorgraph.cli;

import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build}: failures reported in one line, a store never harmed, re-builds idempotent, metadata kept. */
class BuildCommandTest {
    /** Short French texts with no relation in them: CoreNLP still parses them, quickly. */
    static final String CALM = "Il a plu toute la matinée sur la ville, puis le soleil est revenu.";
    static final String MARKET = "Le marché du samedi attire de nombreux habitants du quartier.";

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    // (a)
    @Test
    void missingPathFailsWithOneLineNamingIt() {
        Path store = tmp.resolve("store");
        Path missing = tmp.resolve("nowhere/article.txt");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store, missing.toString()));
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(missing.toString()), r::toString);
        assertTrue(r.errLines().get(0).contains("no such file"), r::toString);
        Kg.assertNoStackTrace(r);
        assertFalse(Files.exists(store), "a build that read nothing should not create the store");
    }

    // (b)
    @Test
    void badJsonLinesAreReportedWithFileAndLineAndTheGoodDocumentIsStored() throws IOException {
        Path store = tmp.resolve("store");
        Path jsonl = write("in/articles.jsonl", String.join("\n",
                "{\"id\": \"bon\", \"text\": \"" + CALM + "\"}",
                "{\"id\": \"casse\", \"text\": \"Le texte s'arrête",
                "{\"id\": \"sans-texte\", \"title\": \"Un titre sans article\"}",
                ""));
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store, jsonl.toString()));

        List<String> errors = r.errLines().stream().filter(l -> l.contains(jsonl.toString())).toList();
        assertEquals(2, errors.size(), r::toString);
        assertTrue(errors.get(0).contains(jsonl + ":2:"), r::toString);
        assertTrue(errors.get(0).contains("malformed JSON"), r::toString);
        assertTrue(errors.get(1).contains(jsonl + ":3:"), r::toString);
        assertTrue(errors.get(1).contains("missing \"text\""), r::toString);
        Kg.assertNoStackTrace(r);
        assertTrue(r.out().contains("1 read, 1 written, 0 unchanged (skipped), 2 failed"), r::toString);

        List<Map<String, String>> ids = Kg.select(store,
                "SELECT ?g ?id WHERE { GRAPH ?g { ?g a ag:Document ; dcterms:identifier ?id } }");
        assertEquals(List.of(Map.of("g", DOC + "bon", "id", "bon")), ids);
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameGraphs() throws IOException {
        write("threads/a.txt", MARKET);
        write("threads/b.txt", CALM);
        write("threads/c.txt", "La Russie a livré des chars à la Serbie, a annoncé Belgrade.");
        Path in = tmp.resolve("threads");
        Path one = tmp.resolve("store-1-thread");
        Path two = tmp.resolve("store-2-threads");
        Kg.expect(Main.OK, "build", "--threads", "1", "--store", one.toString(), in.toString());
        Kg.expect(Main.OK, "build", "--threads", "2", "--store", two.toString(), in.toString());
        String quads = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";
        assertEquals(3, Kg.graphCount(two));
        assertEquals(Kg.select(one, quads), Kg.select(two, quads));
    }

    @Test
    void failFastStopsAtTheFirstBadLine() throws IOException {
        Path store = tmp.resolve("store-fail-fast");
        Path jsonl = write("in/fail-fast.jsonl", String.join("\n",
                "{\"id\": \"casse\", \"text\": \"Le texte s'arrête",
                "{\"id\": \"bon\", \"text\": \"" + CALM + "\"}",
                ""));
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--fail-fast", "--store", store.toString(), jsonl.toString());
        assertTrue(r.allErr().contains(jsonl + ":1:"), r::toString);
        assertTrue(r.out().contains("0 written"), r::toString);
        assertEquals(0, Kg.graphCount(store), r::toString);
    }

    // (c)
    @Test
    void failingBuildsLeaveTheStoreAsItWas() throws IOException {
        Path store = tmp.resolve("store");
        Path article = write("in/calme.txt", CALM);
        Kg.build(store, article.toString());
        assertEquals(1, Kg.graphCount(store));
        long quads = Kg.quadCount(store);

        Kg.Run badPath = Kg.expect(Main.FAILED, Kg.buildArgs(store, tmp.resolve("absent.txt").toString()));
        Kg.assertNoStackTrace(badPath);
        assertEquals(1, Kg.graphCount(store));

        Path badJson = write("in/bad.jsonl", "{\"id\": \"calme\", \"text\": [1, 2\n");
        Kg.Run badJsonRun = Kg.expect(Main.FAILED, Kg.buildArgs(store, badJson.toString()));
        assertTrue(badJsonRun.err().contains(badJson + ":1:"), badJsonRun::toString);
        Kg.assertNoStackTrace(badJsonRun);

        assertEquals(1, Kg.graphCount(store));
        assertEquals(quads, Kg.quadCount(store));
        assertTrue(Kg.ask(store, "ASK { GRAPH <" + DOC + "calme> { <" + DOC + "calme> dcterms:identifier \"calme\" } }"));
    }

    // (d)
    @Test
    void buildingTheSameDocumentTwiceChangesNothing() throws IOException {
        Path store = tmp.resolve("store");
        Path article = write("in/marche.txt", MARKET);
        Kg.Run first = Kg.build(store, article.toString());
        assertTrue(first.out().contains("1 read, 1 written, 0 unchanged"), first::toString);
        long quads = Kg.quadCount(store);
        assertTrue(quads > 0);

        Kg.Run second = Kg.build(store, article.toString());
        assertTrue(second.out().contains("1 unchanged"), second::toString);
        assertTrue(second.out().contains("0 written"), second::toString);
        assertEquals(quads, Kg.quadCount(store));
        assertEquals(1, Kg.graphCount(store));
    }

    @Test
    void buildingAChangedDocumentReplacesItsGraph() throws IOException {
        Path store = tmp.resolve("store");
        Path article = write("in/marche.txt", MARKET);
        Kg.build(store, article.toString());
        String hash = "SELECT ?h WHERE { ?d dcterms:identifier \"marche\" ; ag:textHash ?h }";
        String before = Kg.select(store, hash).get(0).get("h");

        write("in/marche.txt", CALM);
        Kg.Run second = Kg.build(store, article.toString());
        assertTrue(second.out().contains("1 read, 1 written, 0 unchanged"), second::toString);
        List<Map<String, String>> after = Kg.select(store, hash);
        assertEquals(1, after.size(), "one version of the document, not two: " + after);
        assertFalse(after.get(0).get("h").equals(before), "the graph should hold the new text's hash");
        assertEquals(1, Kg.graphCount(store));
    }

    // (e)
    @Test
    void storeFolderHoldingOtherFilesIsRefusedAndLeftUntouched() throws IOException {
        Path article = write("in/calme.txt", CALM);
        Path folder = tmp.resolve("my-documents");
        write("my-documents/notes.txt", "mes notes\n");
        write("my-documents/sub/table.csv", "a,b\n1,2\n");
        Map<String, String> before = snapshot(folder);

        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(folder, article.toString()));
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains("not a TDB2 store"), r::toString);
        assertTrue(r.errLines().get(0).contains(folder.toString()), r::toString);
        Kg.assertNoStackTrace(r);
        assertEquals(before, snapshot(folder));

        Kg.Run q = Kg.expect(Main.FAILED, "query", "--store", folder.toString(), "-e", "ASK {}");
        assertEquals(1, q.errLines().size(), q::toString);
        Kg.assertNoStackTrace(q);
        assertEquals(before, snapshot(folder));
    }

    @Test
    void storeThatIsAFileIsRefusedAndLeftUntouched() throws IOException {
        Path article = write("in/calme.txt", CALM);
        Path file = write("store.txt", "pas un dossier\n");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(file, article.toString()));
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains("not a folder"), r::toString);
        Kg.assertNoStackTrace(r);
        assertEquals("pas un dossier\n", Files.readString(file));
    }

    /** Relative path -> size, modification time and content of every file and folder under a folder. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                String content = Files.isRegularFile(p) ? Files.readString(p) : "<dir>";
                m.put(folder.relativize(p).toString(), t + " " + content);
            }
        }
        return m;
    }

    // (f)
    @Test
    void jsonLinesMetadataEndsUpOnTheDocument() throws IOException {
        Path store = tmp.resolve("store");
        Path jsonl = write("in/meta.jsonl", String.join("\n",
                "{\"id\": \"avec-meta\", \"text\": \"" + CALM + "\", \"title\": \"Météo : la pluie à l’ouest\","
                        + " \"date\": \"2024-03-05\", \"url\": \"https://example.org/meteo?id=1&x=2\","
                        + " \"source\": \"Le Quotidien\"}",
                "{\"id\": \"date-libre\", \"text\": \"" + MARKET + "\", \"date\": \"mars 2024\"}",
                ""));
        Kg.build(store, jsonl.toString());

        List<Map<String, String>> rows = Kg.select(store, """
                SELECT ?id ?title ?date ?dateType ?url ?source WHERE {
                  GRAPH ?g {
                    ?g a ag:Document ; dcterms:identifier ?id .
                    OPTIONAL { ?g dcterms:title ?title }
                    OPTIONAL { ?g dcterms:date ?date BIND(STR(DATATYPE(?date)) AS ?dateType) }
                    OPTIONAL { ?g schema:url ?url }
                    OPTIONAL { ?g dcterms:source ?source }
                  }
                } ORDER BY ?id""");
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(Map.of("id", "avec-meta", "title", "Météo : la pluie à l’ouest", "date", "2024-03-05",
                "dateType", "http://www.w3.org/2001/XMLSchema#date", "url", "https://example.org/meteo?id=1&x=2",
                "source", "Le Quotidien"), rows.get(0));
        assertEquals(Map.of("id", "date-libre", "title", "", "date", "mars 2024",
                "dateType", "http://www.w3.org/2001/XMLSchema#string", "url", "", "source", ""), rows.get(1));
    }
}
