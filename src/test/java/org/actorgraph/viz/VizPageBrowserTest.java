package org.actorgraph.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.cli.Main;
import org.actorgraph.serve.KgServer;
import org.actorgraph.serve.ServeOptions;
import org.actorgraph.store.KgStore;
import org.actorgraph.testsupport.ExpectedGraph;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The page in a real headless Chromium ({@link Browser}): it draws what SPARQL returns for the same store, its side panel
 * shows an edge's sentences, its filters work, article text is shown and never run, and the live variant draws the
 * same graph from a real Fuseki endpoint.
 */
class VizPageBrowserTest {
    static final String INJECTION = "src/test/resources/viz/script-injection.txt";
    static final String GROUPS = "src/test/resources/viz/armed-groups.txt";

    @TempDir
    static Path tmp;
    static Path store;
    static Path page;
    static ExpectedGraph expected;

    Browser browser;
    ChromeDriver driver;

    /** Builds the store and the page only when there is a browser to open them; else every test is skipped. */
    @BeforeAll
    static void buildStoreAndPage() {
        Browser.quietSelenium();
        if (!Browser.installed()) {
            return;
        }
        store = tmp.resolve("store");
        Kg.build(store, "data/articles", INJECTION, GROUPS);
        expected = ExpectedGraph.of(store);
        page = tmp.resolve("actor-graph.html");
        Kg.expect(Main.OK, "viz", "--store", store.toString(), "--out", page.toString());
    }

    /**
     * The check is here rather than in {@code @BeforeAll} so that each test is reported as skipped, with
     * the reason, instead of the class reporting no tests at all.
     */
    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Browser.installed(), "no browser: " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER + " are needed "
                + "for the browser tests (apt-get install chromium chromium-driver; .ci/run installs them)");
        browser = new Browser(tmp);
        driver = browser.driver;
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void drawsWhatSparqlReturnsAndShowsAnEdgesSentences() throws IOException {
        browser.open(page.toUri().toString());
        browser.assertDraws(expected);

        // The edge with the most supporting sentences; tapped through Cytoscape's API (edges are thin
        // curves on a canvas), so the page's own tap handler fills the panel.
        String edge = expected.sentencesByEdge().entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow().getKey();
        String[] ends = edge.split(" ");
        browser.js("const e = actorGraph.cy.edges().filter(x => x.data('source') === arguments[0] && x.data('relation') === arguments[1]"
                + " && x.data('target') === arguments[2]); e.select(); e.emit('tap');", ends[0], ends[1], ends[2]);
        WebElement panel = driver.findElement(By.id("panel"));
        List<String> shown = panel.findElements(By.cssSelector("blockquote.sentence")).stream().map(WebElement::getText).toList();
        assertEquals(expected.sentencesByEdge().get(edge).size(), shown.size(), panel::getText);
        for (String sentence : expected.sentencesByEdge().get(edge)) {
            assertTrue(shown.contains(sentence.strip()), () -> "sentence not shown: " + sentence + "\npanel: " + panel.getText());
        }
        Set<String> documents = new HashSet<>();
        expected.rows().stream().filter(r -> ExpectedGraph.key(r.get("from"), r.get("relation"), r.get("to")).equals(edge))
                .forEach(r -> documents.add(r.get("document")));
        documents.forEach(d -> assertTrue(panel.getText().contains("document " + d), panel::getText));
        browser.screenshot("viz-edge-panel.png");

        // A real click on the actor whose centre lies farthest from any other: the panel shows its Wikidata link.
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) browser.js("""
                const nodes = actorGraph.cy.nodes().toArray();
                const box = actorGraph.cy.container().getBoundingClientRect();
                let best = null, bestGap = -1;
                for (const n of nodes) {
                  const p = n.renderedPosition();
                  const gap = Math.min(...nodes.filter(m => m !== n).map(m => Math.hypot(m.renderedPosition().x - p.x, m.renderedPosition().y - p.y)));
                  if (gap > bestGap) { bestGap = gap; best = { label: n.data('label'), wikidata: n.data('wikidata'), x: box.left + p.x, y: box.top + p.y }; }
                }
                return best;""");
        new Actions(driver).moveToLocation(((Number) target.get("x")).intValue(), ((Number) target.get("y")).intValue())
                .click().perform();
        assertEquals(target.get("label"), panel.findElement(By.tagName("h2")).getText());
        if (!target.get("wikidata").toString().isEmpty()) {
            assertEquals("https://www.wikidata.org/wiki/" + target.get("wikidata"),
                    panel.findElement(By.cssSelector("a")).getAttribute("href"));
        }

        // The search box marks the actors whose name holds the text; Enter opens the first.
        Map<String, String> armenia = expected.rows().stream().filter(r -> r.get("toLabel").equals("Arménie")).findFirst().orElseThrow();
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("arménie");
        assertEquals(List.of(armenia.get("to")), browser.js("return actorGraph.cy.nodes('.match').map(n => n.id())"));
        search.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("Arménie", panel.findElement(By.tagName("h2")).getText());
        search.clear();
        search.sendKeys(" ", org.openqa.selenium.Keys.BACK_SPACE);

        // A start date keeps the edges with a sentence from a document of that date or later.
        String latest = expected.rows().stream().map(r -> r.get("date")).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .max(String::compareTo).orElseThrow().substring(0, 10);
        Set<String> recent = new HashSet<>();
        expected.rows().stream().filter(r -> r.get("date").compareTo(latest) >= 0)
                .forEach(r -> recent.add(ExpectedGraph.key(r.get("from"), r.get("relation"), r.get("to"))));
        assertTrue(!recent.isEmpty() && recent.size() < expected.edges().size(), "precondition: dates split the edges");
        browser.js("const f = document.getElementById('date-from'); f.value = arguments[0]; f.dispatchEvent(new Event('change'));", latest);
        @SuppressWarnings("unchecked")
        List<String> shownAfter = (List<String>) browser.js("return actorGraph.cy.edges().not('.hidden').map(e => e.data('source') + ' ' "
                + "+ e.data('relation') + ' ' + e.data('target'))");
        assertEquals(recent, new HashSet<>(shownAfter));
        browser.js("const f = document.getElementById('date-from'); f.value = ''; f.dispatchEvent(new Event('change'));");
        assertEquals((long) expected.edges().size(), browser.js("return actorGraph.cy.edges().not('.hidden').length"));

        // Unticking a relation hides its edges.
        long accusations = expected.edges().stream().filter(k -> k.contains(" accuses ")).count();
        driver.findElement(By.cssSelector("#relations input[data-relation='accuses']")).click();
        assertEquals(expected.edges().size() - accusations,
                ((Number) browser.js("return actorGraph.cy.edges().not('.hidden').length")).longValue());
        browser.screenshot("viz-data.png");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void armedGroupsHaveTheirColourShapeLegendAndFilter() {
        browser.open(page.toUri().toString());
        Set<String> groups = new HashSet<>();
        expected.rows().forEach(r -> {
            if (r.get("fromKind").equals("ArmedGroup")) {
                groups.add(r.get("from"));
            }
            if (r.get("toKind").equals("ArmedGroup")) {
                groups.add(r.get("to"));
            }
        });
        assertTrue(groups.size() >= 3, "precondition: the store holds armed groups: " + groups);
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) browser.js("return actorGraph.cy.nodes('[kind = \"ArmedGroup\"]').map(n => n.id() + ' '"
                + " + n.style('background-color') + ' ' + n.style('shape'))");
        assertEquals(groups, new HashSet<>(drawn.stream().map(s -> s.split(" ")[0]).toList()));
        drawn.forEach(s -> assertTrue(s.endsWith(" rgb(188,189,34) octagon"), s));
        assertTrue(driver.findElement(By.id("footer")).getText().contains("armed group (octagon)"),
                driver.findElement(By.id("footer")).getText());

        // Unticking armed groups hides them and every edge that touches one.
        long touching = expected.edges().stream().filter(k -> {
            String[] ends = k.split(" ");
            return groups.contains(ends[0]) || groups.contains(ends[2]);
        }).count();
        driver.findElement(By.cssSelector("#kinds input[data-kind='ArmedGroup']")).click();
        assertEquals(expected.edges().size() - touching, ((Number) browser.js("return actorGraph.cy.edges().not('.hidden').length")).longValue());
        assertEquals(0L, browser.js("return actorGraph.cy.nodes('[kind = \"ArmedGroup\"]').not('.hidden').length"));
        driver.findElement(By.cssSelector("#kinds input[data-kind='ArmedGroup']")).click();
        assertEquals((long) expected.edges().size(), browser.js("return actorGraph.cy.edges().not('.hidden').length"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void articleTextIsShownNotRun() {
        browser.open(page.toUri().toString());
        browser.js("const e = actorGraph.cy.edges().filter(x => x.data('events').some(v => v.sentence.includes('<script>'))); e.emit('tap');");
        WebElement panel = driver.findElement(By.id("panel"));
        String text = panel.getText();
        assertTrue(text.contains("<script>window['pwned']=1;document['title']='pwned'</script>"), text);
        assertTrue(text.contains("\"</script><svg onload=\"window['pwned']=2\"> & <u>co</u>"), text);
        assertEquals("ActorGraph", driver.getTitle());
        assertEquals(Boolean.FALSE, browser.js("return 'pwned' in window"));
        assertEquals(0L, browser.js("return document.querySelectorAll('#panel svg, #panel script, #panel u').length"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void laysOutAThousandActorsWithoutStackingThem() throws IOException {
        int actors = 1000;
        List<String> kinds = List.of("State", "InternationalOrganisation", "ArmedGroup", "Company", "GovernmentBody", "Person",
                "WeaponSystem");
        List<String> relations = List.of("sellsArmsTo", "accuses", "armedHistorically");
        java.util.Random random = new java.util.Random(6);
        JsonArray bindings = new JsonArray();
        Set<String> edges = new HashSet<>();
        for (int i = 0; i < actors; i++) {
            // A connected graph: each actor after the first links to an earlier one, some to a second.
            for (int k = 0; k < (i == 0 ? 0 : i % 3 == 0 ? 2 : 1); k++) {
                int j = random.nextInt(i);
                String relation = relations.get(random.nextInt(relations.size()));
                if (!edges.add(i + " " + relation + " " + j)) {
                    continue;
                }
                JsonObject row = new JsonObject();
                bind(row, "from", "uri", "https://w3id.org/actorgraph/id/actor/Q" + (i + 1));
                bind(row, "fromLabel", "literal", "Acteur " + (i + 1));
                bind(row, "fromKind", "literal", kinds.get(i % kinds.size()));
                bind(row, "fromWikidata", "literal", "Q" + (i + 1));
                bind(row, "relation", "literal", relation);
                bind(row, "to", "uri", "https://w3id.org/actorgraph/id/actor/Q" + (j + 1));
                bind(row, "toLabel", "literal", "Acteur " + (j + 1));
                bind(row, "toKind", "literal", kinds.get(j % kinds.size()));
                bind(row, "toWikidata", "literal", "Q" + (j + 1));
                bind(row, "sentence", "literal", "Phrase " + i + " " + j);
                bind(row, "document", "literal", "doc-" + i);
                bind(row, "direct", "literal", "true");
                bindings.add(row);
            }
        }
        JsonObject results = new JsonObject();
        JsonObject head = new JsonObject();
        head.put("vars", new JsonArray());
        results.put("head", head);
        JsonObject body = new JsonObject();
        body.put("bindings", bindings);
        results.put("results", body);
        Path big = tmp.resolve("thousand.html");
        Files.writeString(big, VizPage.embedded(results.toString()), StandardCharsets.UTF_8);

        browser.open(big.toUri().toString());
        assertEquals((long) actors, browser.js("return actorGraph.cy.nodes().length"));
        assertEquals((long) edges.size(), browser.js("return actorGraph.cy.edges().length"));
        long stacked = ((Number) browser.js("""
                const p = actorGraph.cy.nodes().map(n => n.position());
                let stacked = 0;
                for (let i = 0; i < p.length; i++) {
                  for (let j = i + 1; j < p.length; j++) {
                    if (Math.abs(p[i].x - p[j].x) < 1 && Math.abs(p[i].y - p[j].y) < 1) { stacked++; }
                  }
                }
                return stacked;""")).longValue();
        assertEquals(0, stacked, "pairs of actors laid out on the same spot");
        browser.screenshot("viz-thousand.png");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anEmptyStoreGivesAPageThatSaysSo() throws IOException {
        Path empty = tmp.resolve("empty.html");
        Files.writeString(empty, VizPage.embedded("{\"head\": {\"vars\": []}, \"results\": {\"bindings\": []}}"),
                StandardCharsets.UTF_8);
        browser.open(empty.toUri().toString());
        assertEquals(0L, browser.js("return actorGraph.cy.elements().length"));
        assertEquals("The store holds no relation yet.", driver.findElement(By.id("summary")).getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static void bind(JsonObject row, String var, String type, String value) {
        JsonObject term = new JsonObject();
        term.put("type", type);
        term.put("value", value);
        row.put(var, term);
    }

    @Test
    void livePageDrawsTheSameGraphFromAFusekiEndpoint() throws IOException {
        ServeOptions options = new ServeOptions("127.0.0.1", 0, "kg", false, null, 0,
                ServeOptions.DEFAULT_MAX_REQUEST_MB * 1024L * 1024L, List.of());
        try (KgStore kg = KgStore.openExisting(store); KgServer server = KgServer.start(kg, options)) {
            browser.open("http://127.0.0.1:" + server.port() + "/viz");
            browser.assertDraws(expected);
            assertTrue(driver.findElement(By.id("summary")).getText().contains("live from /kg/sparql"));
            browser.screenshot("viz-live.png");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
