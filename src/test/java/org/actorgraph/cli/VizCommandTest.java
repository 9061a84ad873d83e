package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.actorgraph.testsupport.ExpectedGraph;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code kg viz}: the page, the DOT and the GraphML files hold the graph SPARQL returns, article text escaped. */
class VizCommandTest {
    /** Hostile text with one tag the HTML detector knows (so ingest keeps it as text) and others it does not. */
    static final String INJECTION = "src/test/resources/viz/script-injection.txt";
    /** Arms to the Houthis, an accusation against the Hezbollah, armour to the Wagner group deployed in Mali. */
    static final String GROUPS = "src/test/resources/viz/armed-groups.txt";

    @TempDir
    static Path tmp;
    static Path store;
    static ExpectedGraph expected;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store");
        Kg.build(store, "data/articles/seed-armenie-france.txt", INJECTION, GROUPS);
        expected = ExpectedGraph.of(store);
        assertTrue(expected.rows().stream().anyMatch(r -> r.get("sentence").contains("<script>")),
                "precondition: the injection article yields an event whose sentence holds <script>: " + expected.rows());
    }

    private Path viz(String... args) {
        Kg.Run r = Kg.expect(Main.OK, args);
        assertTrue(r.out().startsWith("wrote "), r::toString);
        assertTrue(r.out().contains(expected.nodes().size() + " actors, " + expected.edges().size() + " edges, "
                + expected.rows().size() + " events"), r::toString);
        return Path.of(args[args.length - 1]);
    }

    @Test
    void htmlEmbedsTheQueryResultsAsEscapedJsonAndNoArticleMarkup() throws IOException {
        Path page = viz("viz", "--store", store.toString(), "--out", tmp.resolve("graph.html").toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>window['pwned']"), "article text reached the page as markup");
        assertFalse(html.contains("<svg onload"), "article text reached the page as markup");
        // Four inlined libraries, three JSON blocks, the page's own script: nothing else opens a script.
        assertEquals(8, Pattern.compile("<script[ >]").matcher(html).results().count());
        assertFalse(html.contains("cdn") || html.contains("src=\"http"), "the page must not load anything from the network");

        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"ag-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        JsonObject results = JSON.parse(data.group(1));
        var bindings = results.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(expected.rows().size(), bindings.size());
        Set<String> sentences = new HashSet<>();
        bindings.forEach(b -> sentences.add(b.getAsObject().get("sentence").getAsObject().get("value").getAsString().value()));
        expected.rows().forEach(r -> assertTrue(sentences.contains(r.get("sentence")), () -> "missing " + r.get("sentence")));
    }

    @Test
    void dotHasOneNodePerActorAndOneEdgePerRelationPair() throws IOException {
        Path dot = viz("viz", "--store", store.toString(), "--format", "dot", "--out", tmp.resolve("graph.dot").toString());
        String text = Files.readString(dot, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("digraph"), text);
        Map<String, String> idByLabel = new HashMap<>();
        Matcher node = Pattern.compile("(?m)^\\s*(n\\d+) \\[ label=\"([^\"]*)\"").matcher(text);
        while (node.find()) {
            idByLabel.put(node.group(1), node.group(2));
        }
        assertEquals(expected.nodes().size(), idByLabel.size(), text);
        long edges = text.lines().filter(l -> l.matches("\\s*n\\d+ -> n\\d+ .*")).count();
        assertEquals(expected.edges().size(), edges, text);
        assertTrue(idByLabel.containsValue("France") && idByLabel.containsValue("Arménie"), text);
    }

    @Test
    void armedGroupsAreDrawnAsTheirOwnKindAndNeverAsTheirHomeState() throws Exception {
        String dot = Kg.expect(Main.OK, "viz", "--store", store.toString(), "-f", "dot", "-o", "-").out();
        for (String group : List.of("Houthis", "Hezbollah", "Groupe Wagner")) {
            assertTrue(dot.contains("label=\"" + group + "\" shape=\"octagon\" style=\"filled\" fillcolor=\"#bcbd22\""),
                    () -> group + " not drawn as an armed group:\n" + dot);
        }
        for (String home : List.of("Yémen", "Liban", "Mali")) {
            assertFalse(dot.contains("label=\"" + home + "\""), () -> home + " is drawn, but only its armed group acts:\n" + dot);
        }
        Path file = viz("viz", "--store", store.toString(), "-f", "graphml", "-o", tmp.resolve("groups.graphml").toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        String kindKey = null;
        NodeList keyList = xml.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            if (k.getAttribute("for").equals("node") && k.getAttribute("attr.name").equals("kind")) {
                kindKey = k.getAttribute("id");
            }
        }
        int groups = 0;
        NodeList data = xml.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            groups += d.getAttribute("key").equals(kindKey) && d.getTextContent().equals("ArmedGroup") ? 1 : 0;
        }
        assertEquals(3, groups, "GraphML nodes of kind ArmedGroup");
    }

    @Test
    void graphmlIsWellFormedAndCarriesTheSentencesAsText() throws Exception {
        Path file = viz("viz", "--store", store.toString(), "-f", "graphml", "-o", tmp.resolve("graph.graphml").toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals(expected.nodes().size(), xml.getElementsByTagName("node").getLength());
        NodeList edges = xml.getElementsByTagName("edge");
        assertEquals(expected.edges().size(), edges.getLength());
        assertTrue(xml.getElementsByTagName("script").getLength() == 0 && xml.getElementsByTagName("svg").getLength() == 0,
                "article markup became XML elements");
        Map<String, String> keys = new HashMap<>();
        NodeList keyList = xml.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
        }
        boolean sentenceFound = false;
        int direct = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            NodeList data = ((Element) edges.item(i)).getElementsByTagName("data");
            for (int j = 0; j < data.getLength(); j++) {
                Element d = (Element) data.item(j);
                String key = keys.get(d.getAttribute("key"));
                sentenceFound |= "edge:sentences".equals(key) && d.getTextContent().contains("\"</script><svg onload=");
                direct += "edge:direct".equals(key) && d.getTextContent().equals("true") ? 1 : 0;
            }
        }
        assertTrue(sentenceFound, "the injection sentence should be an edge's text, escaped");
        assertEquals(expected.directEdges().size(), direct, "edges marked direct vs direct edges in the store");
    }

    @Test
    void outDashWritesToStandardOutput() {
        Kg.Run r = Kg.expect(Main.OK, "viz", "--store", store.toString(), "-f", "dot", "-o", "-");
        assertTrue(r.out().startsWith("digraph ActorGraph {"), r::toString);
    }

    @Test
    void customQueryMustReturnTheVariablesThePageReads() throws IOException {
        Path partial = tmp.resolve("partial.rq");
        Files.writeString(partial, "SELECT ?from ?to WHERE { ?from ?p ?to }");
        Kg.Run r = Kg.expect(Main.USAGE, "viz", "--store", store.toString(), "--query", partial.toString(), "-o", "-");
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("kg viz: " + partial + ": the query does not return ?fromLabel"), r::toString);

        Path broken = tmp.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?from WHERE {\n ?from ?p }");
        r = Kg.expect(Main.USAGE, "viz", "--store", store.toString(), "--query", broken.toString(), "-o", "-");
        assertTrue(r.errLines().get(0).matches("kg viz: .*broken.rq: SPARQL syntax error at line 2, column \\d+"), r::toString);

        r = Kg.expect(Main.FAILED, "viz", "--store", store.toString(), "--query", tmp.resolve("none.rq").toString());
        assertEquals(java.util.List.of("kg viz: " + tmp.resolve("none.rq") + ": no such file"), r.errLines(), r::toString);
    }

    @Test
    void customQueryNarrowsTheGraph() throws IOException {
        String bundled = ExpectedGraph.bundledQuery();
        assertTrue(bundled.contains("\n}\nORDER BY"), "the bundled query should end with its WHERE block and ORDER BY");
        Path q = tmp.resolve("accuses.rq");
        Files.writeString(q, bundled.replace("\n}\nORDER BY", "\n  FILTER(?relation = \"accuses\")\n}\nORDER BY"),
                StandardCharsets.UTF_8);
        Kg.Run r = Kg.expect(Main.OK, "viz", "--store", store.toString(), "--query", q.toString(), "-f", "dot", "-o", "-");
        long accusations = expected.edges().stream().filter(k -> k.contains(" accuses ")).count();
        assertTrue(accusations > 0 && accusations < expected.edges().size(), "precondition: accusations and other relations");
        assertEquals(accusations, r.out().lines().filter(l -> l.contains(" -> ")).count(), r::toString);
        assertTrue(r.out().lines().filter(l -> l.contains(" -> ")).allMatch(l -> l.contains("label=\"accuses")), r::toString);
    }

    @Test
    void missingStoreIsOneLineAndExit1() {
        Path none = tmp.resolve("no-store");
        Kg.Run r = Kg.expect(Main.FAILED, "viz", "--store", none.toString(), "-o", tmp.resolve("x.html").toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(none + ": no TDB2 store here"), r::toString);
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }
}
