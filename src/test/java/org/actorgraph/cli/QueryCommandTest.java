package org.actorgraph.cli;

import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg query} on a small store: the W3C result formats, ASK, CONSTRUCT, query sources and errors. */
class QueryCommandTest {
    static final String TITLE = "Défense : l’hiver « calme » à Lyon";
    static final String DOC_IRI = DOC + "q1";

    @TempDir
    static Path tmp;
    static Path store;

    static final String SELECT = Kg.PREFIXES + """
            SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(?p IN (dcterms:identifier, dcterms:title)) } ORDER BY ?p""";

    @BeforeAll
    static void buildStore() throws IOException {
        store = tmp.resolve("store");
        Path jsonl = tmp.resolve("q.jsonl");
        Files.writeString(jsonl, "{\"id\": \"q1\", \"title\": \"" + TITLE.replace("\"", "\\\"") + "\", \"text\":"
                + " \"Les enfants jouent dans le parc pendant que les parents discutent.\"}\n", StandardCharsets.UTF_8);
        Kg.build(store, jsonl.toString());
    }

    private static Kg.Run query(String format, String sparql) {
        return Kg.expect(Main.OK, "query", "--store", store.toString(), "-f", format, "-e", sparql);
    }

    @Test
    void selectAsCsv() {
        Kg.Run r = query("csv", SELECT);
        assertTrue(r.out().startsWith("s,p,o\r\n"), r::toString);
        List<List<String>> records = Csv.records(r.out());
        assertEquals(List.of(
                List.of("s", "p", "o"),
                List.of(DOC_IRI, "http://purl.org/dc/terms/identifier", "q1"),
                List.of(DOC_IRI, "http://purl.org/dc/terms/title", TITLE)), records);
        assertEquals("", r.sysOut(), "results belong on the command line's out writer");
    }

    @Test
    void selectAsTsv() {
        Kg.Run r = query("tsv", SELECT);
        List<String> lines = r.out().lines().toList();
        assertEquals("?s\t?p\t?o", lines.get(0), r::toString);
        assertEquals(3, lines.size(), r::toString);
        assertEquals("<" + DOC_IRI + ">\t<http://purl.org/dc/terms/identifier>\t\"q1\"", lines.get(1));
        assertEquals("<" + DOC_IRI + ">\t<http://purl.org/dc/terms/title>\t\"" + TITLE.replace("\"", "\\\"") + "\"",
                lines.get(2));
    }

    @Test
    void selectAsJson() {
        Kg.Run r = query("json", SELECT);
        JsonObject json = JSON.parse(r.out());
        assertTrue(json.hasKey("head"), r::toString);
        assertTrue(json.hasKey("results"), r::toString);
        assertEquals(List.of("s", "p", "o"),
                json.get("head").getAsObject().get("vars").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        ResultSetRewindable rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON).rewindable();
        assertEquals(2, rs.size());
        rs.next();
        assertEquals(TITLE, rs.next().getLiteral("o").getString());
    }

    @Test
    void selectAsTableIsTheDefault() {
        Kg.Run r = Kg.expect(Main.OK, "query", "--store", store.toString(), "-e", SELECT);
        Kg.Run table = query("table", SELECT);
        assertEquals(table.out(), r.out());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\|\\s*s\\s*\\|\\s*p\\s*\\|\\s*o\\s*\\|")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("====")), r::toString);
        assertTrue(r.out().contains("\"" + TITLE.replace("\"", "\\\"") + "\""), r::toString);
        assertTrue(r.out().contains("dcterms:title"), "the table uses the query's prefixes: " + r);
    }

    @Test
    void longOutputKeepsEveryNonAsciiCharacter() {
        // Some 60 KB of results, with two- and three-byte UTF-8 characters falling across buffer boundaries.
        int n = 2500;
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < n; i++) {
            values.append(i).append(' ');
        }
        String sparql = "SELECT ?x WHERE { VALUES ?i { " + values + "} BIND(CONCAT(STR(?i), \" été’«à» Ωμέγα 🚀\") AS ?x) }"
                + " ORDER BY ?i";
        Kg.Run r = query("csv", sparql);
        List<List<String>> records = Csv.records(r.out());
        assertEquals(n + 1, records.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + " été’«à» Ωμέγα 🚀", records.get(i + 1).get(0));
        }
        assertFalse(r.out().contains("\uFFFD"), "no replacement characters");
    }

    @Test
    void askInEveryFormat() {
        String yes = Kg.PREFIXES + "ASK { ?d dcterms:identifier \"q1\" }";
        String no = Kg.PREFIXES + "ASK { ?d dcterms:identifier \"absent\" }";

        assertEquals(List.of(List.of("_askResult"), List.of("true")), Csv.records(query("csv", yes).out()));
        assertEquals(List.of(List.of("_askResult"), List.of("false")), Csv.records(query("csv", no).out()));

        List<String> tsv = query("tsv", yes).out().lines().toList();
        assertEquals("true", tsv.get(tsv.size() - 1));

        JsonObject json = JSON.parse(query("json", yes).out());
        assertTrue(json.hasKey("boolean"));
        assertTrue(json.get("boolean").getAsBoolean().value());
        assertFalse(JSON.parse(query("json", no).out()).get("boolean").getAsBoolean().value());

        assertEquals("yes", query("table", yes).out().strip());
        assertEquals("no", query("table", no).out().strip());
    }

    static final String CONSTRUCT = Kg.PREFIXES
            + "CONSTRUCT { ?d dcterms:title ?t ; dcterms:identifier ?id } WHERE { ?d dcterms:title ?t ; dcterms:identifier ?id }";

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    private static void assertDocumentTriples(Model m) {
        assertEquals(2, m.size(), () -> m.toString());
        Resource d = m.createResource(DOC_IRI);
        assertEquals(TITLE, d.getProperty(DCTerms.title).getString());
        assertEquals("q1", d.getProperty(DCTerms.identifier).getString());
    }

    @Test
    void constructPrintsTurtleThatJenaParses() {
        Kg.Run r = query("table", CONSTRUCT);
        assertDocumentTriples(parse(r.out(), Lang.TURTLE));
    }

    @Test
    void constructPrintsNTriplesWithCsvAndJsonLdWithJson() {
        assertDocumentTriples(parse(query("csv", CONSTRUCT).out(), Lang.NTRIPLES));
        assertDocumentTriples(parse(query("tsv", CONSTRUCT).out(), Lang.NTRIPLES));
        assertDocumentTriples(parse(query("json", CONSTRUCT).out(), Lang.JSONLD));
    }

    @Test
    void describePrintsTurtle() {
        Kg.Run r = query("table", "DESCRIBE <" + DOC_IRI + ">");
        Model m = parse(r.out(), Lang.TURTLE);
        assertEquals(TITLE, m.createResource(DOC_IRI).getProperty(DCTerms.title).getString());
    }

    @Test
    void queryFromFileGivesTheSameAsInline() throws IOException {
        Path rq = tmp.resolve("select.rq");
        Files.writeString(rq, SELECT, StandardCharsets.UTF_8);
        Kg.Run fromFile = Kg.expect(Main.OK, "query", "--store", store.toString(), "-f", "csv", rq.toString());
        Kg.Run inline = Kg.expect(Main.OK, "query", "--store", store.toString(), "-f", "csv", "--expr", SELECT);
        assertEquals(inline.out(), fromFile.out());
        assertEquals(3, Csv.records(fromFile.out()).size());
    }

    @Test
    void syntaxErrorExits2WithLineAndColumn() {
        Kg.Run r = Kg.expect(Main.USAGE, "query", "--store", store.toString(), "-e", "SELECT ?s\nWHERE { ?s ?p }");
        assertEquals(1, r.errLines().size(), r::toString);
        String msg = r.errLines().get(0);
        assertTrue(msg.contains("line 2"), r::toString);
        assertTrue(msg.contains("column"), r::toString);
        assertFalse(r.allErr().contains("\tat "), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void syntaxErrorInAFileNamesTheFile() throws IOException {
        Path rq = tmp.resolve("broken.rq");
        Files.writeString(rq, "SELECT * WHERE {\n  ?s ?p ?o\n", StandardCharsets.UTF_8);
        Kg.Run r = Kg.expect(Main.USAGE, "query", "--store", store.toString(), rq.toString());
        assertTrue(r.err().contains(rq.toString()), r::toString);
        assertTrue(r.err().contains("line") && r.err().contains("column"), r::toString);
    }

    @Test
    void missingQueryFileExits1() {
        Path rq = tmp.resolve("absent.rq");
        Kg.Run r = Kg.expect(Main.FAILED, "query", "--store", store.toString(), rq.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(rq.toString()), r::toString);
        assertTrue(r.errLines().get(0).contains("no such file"), r::toString);
    }

    @Test
    void missingStoreExits1WithAClearMessage() {
        Path absent = tmp.resolve("no-store-here");
        Kg.Run r = Kg.expect(Main.FAILED, "query", "--store", absent.toString(), "-e", "ASK {}");
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(absent.toString()), r::toString);
        assertTrue(r.errLines().get(0).contains("no TDB2 store"), r::toString);
        assertFalse(r.allErr().contains("\tat "), r::toString);
        assertFalse(Files.exists(absent), "querying must not create a store");
    }

    @Test
    void bothOrNeitherQuerySourceIsAUsageError() throws IOException {
        Path rq = tmp.resolve("ask.rq");
        Files.writeString(rq, "ASK {}", StandardCharsets.UTF_8);
        Kg.expect(Main.USAGE, "query", "--store", store.toString(), "-e", "ASK {}", rq.toString());
        Kg.expect(Main.USAGE, "query", "--store", store.toString());
        Kg.expect(Main.USAGE, "query", "--store", store.toString(), "-f", "xml", "-e", "ASK {}");
    }
}
