package org.actorgraph.pipeline;

import static org.actorgraph.testsupport.Kg.DOC;
import static org.actorgraph.testsupport.Kg.WD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article, built once into a fresh store, must give exactly the expected state-level edges, each
 * backed by an event node and the sentence it was read from.
 */
class SeedArticleTest {
    /** Each direct property with the event class and the two roles that yield it. */
    private static final String EDGE_EVENT_ROLES = """
            VALUES (?p ?class ?fromRole ?toRole) {
              (ag:sellsArmsTo ag:ArmsTransfer ag:supplier ag:recipient)
              (ag:accuses ag:Accusation ag:accuser ag:accused)
              (ag:armedHistorically ag:HistoricalArming ag:supplier ag:recipient)
            }""";

    private static final String AG = "https://w3id.org/actorgraph/ontology#";
    private static final String GRAPH = DOC + "seed-armenie-france";

    @TempDir
    static Path tmp;
    static Path store;
    static Kg.Run build;

    static Path seedArticle() {
        Path local = Path.of("data/articles/seed-armenie-france.txt");
        return Files.exists(local) ? local : Path.of("../shared/eval/dev/docs/seed-armenie-france.txt");
    }

    @BeforeAll
    static void buildSeed() {
        store = tmp.resolve("store");
        build = Kg.build(store, seedArticle().toString());
    }

    private static String edge(String a, String p, String b) {
        return a + " " + p + " " + b;
    }

    private static String edge(Map<String, String> row) {
        return edge(row.get("qa").replace(WD, ""), row.get("p").replace(AG, ""), row.get("qb").replace(WD, ""));
    }

    @Test
    void buildReportsOneDocumentWritten() {
        assertTrue(build.out().contains("1 read, 1 written, 0 unchanged (skipped), 0 failed"), build::toString);
    }

    @Test
    void stateLevelEdgesAreExactlyTheExpectedOnes() {
        List<Map<String, String>> rows = Kg.select(store, """
                SELECT DISTINCT ?qa ?p ?qb WHERE {
                  VALUES ?p { ag:sellsArmsTo ag:accuses ag:armedHistorically }
                  ?a ?p ?b .
                  ?a owl:sameAs ?qa .
                  ?b owl:sameAs ?qb .
                }""");
        Set<String> edges = rows.stream().map(SeedArticleTest::edge).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Set.of(
                edge("Q142", "sellsArmsTo", "Q399"),
                edge("Q227", "accuses", "Q142"),
                edge("Q399", "accuses", "Q227"),
                edge("Q142", "accuses", "Q227"),
                edge("Q159", "armedHistorically", "Q227"),
                edge("Q159", "armedHistorically", "Q399")));
        assertEquals(expected, edges);

        // The query as a user would write it, with a property path, must find the same actor pairs.
        List<Map<String, String>> pathRows = Kg.select(store, """
                SELECT DISTINCT ?qa ?qb WHERE {
                  ?a ag:sellsArmsTo|ag:accuses|ag:armedHistorically ?b .
                  ?a owl:sameAs ?qa .
                  ?b owl:sameAs ?qb .
                }""");
        Set<String> pairs = pathRows.stream().map(r -> r.get("qa").replace(WD, "") + " " + r.get("qb").replace(WD, ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedPairs = expected.stream().map(e -> e.split(" ")[0] + " " + e.split(" ")[2])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedPairs, pairs);
    }

    @Test
    void namedGraphIsTheDocumentAndCarriesItsIdentifier() {
        List<Map<String, String>> rows = Kg.select(store, """
                SELECT ?g ?id WHERE { GRAPH ?g { ?g a ag:Document ; dcterms:identifier ?id } }""");
        assertEquals(List.of(Map.of("g", GRAPH, "id", "seed-armenie-france")), rows);
        assertTrue(Kg.ask(store, "ASK { GRAPH <" + GRAPH + "> { <" + GRAPH
                + "> dcterms:identifier \"seed-armenie-france\" } }"));
    }

    @Test
    void everyDirectEdgeIsSupportedByAnEventAndItsSentence() {
        // Each direct edge, with the event nodes of the same graph that yield it and the sentence each
        // event was derived from (also in that graph, and part of the document).
        List<Map<String, String>> rows = Kg.select(store, """
                SELECT ?g ?qa ?p ?qb ?ev ?text WHERE {
                  GRAPH ?g {
                    """ + EDGE_EVENT_ROLES + """
                    ?a ?p ?b .
                    ?a owl:sameAs ?qa .
                    ?b owl:sameAs ?qb .
                    ?ev a ?class ; ?fromRole ?from ; ?toRole ?to ; prov:wasDerivedFrom ?s .
                    ?from ag:homeState? ?a .
                    ?to ag:homeState? ?b .
                    ?s a ag:Sentence ; dcterms:isPartOf ?g ; ag:text ?text .
                  }
                }""");
        Map<String, List<Map<String, String>>> byEdge = rows.stream()
                .collect(Collectors.groupingBy(SeedArticleTest::edge));
        Map<String, String> evidence = Map.of(
                edge("Q142", "sellsArmsTo", "Q399"), "équipé l’Arménie",
                edge("Q227", "accuses", "Q142"), "accusé",
                edge("Q399", "accuses", "Q227"), "accusent",
                edge("Q142", "accuses", "Q227"), "accusent",
                edge("Q159", "armedHistorically", "Q227"), "historiquement armé",
                edge("Q159", "armedHistorically", "Q399"), "historiquement armé");
        for (Map.Entry<String, String> e : evidence.entrySet()) {
            List<Map<String, String>> support = byEdge.getOrDefault(e.getKey(), List.of());
            assertFalse(support.isEmpty(), () -> "no event supports " + e.getKey() + "; supported edges: " + byEdge.keySet());
            assertTrue(support.stream().allMatch(r -> r.get("g").equals(GRAPH)), support::toString);
            assertTrue(support.stream().anyMatch(r -> r.get("text").contains(e.getValue())),
                    () -> e.getKey() + " should be derived from a sentence containing \"" + e.getValue() + "\": " + support);
        }

        // And no direct edge in the store lacks such support.
        List<Map<String, String>> unsupported = Kg.select(store, """
                SELECT ?g ?a ?p ?b WHERE {
                  GRAPH ?g {
                    """ + EDGE_EVENT_ROLES + """
                    ?a ?p ?b .
                    FILTER NOT EXISTS {
                      ?ev a ?class ; ?fromRole ?from ; ?toRole ?to ; prov:wasDerivedFrom ?s .
                      ?from ag:homeState? ?a .
                      ?to ag:homeState? ?b .
                      ?s a ag:Sentence ; ag:text ?text .
                    }
                  }
                }""");
        assertEquals(List.of(), unsupported);
    }
}
