package org.actorgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query library works on any SPARQL 1.1 endpoint, not only on ours: {@code data/}'s store is pushed
 * with {@code kg push} into a plain Fuseki (an in-memory dataset whose default graph is its own, empty graph,
 * not the union of the named graphs, as with {@code fuseki-server --mem --update /ds}), and every file of
 * {@code queries/}, without parameters and with its example's, returns there the same rows as on the local
 * store (compared as multisets: the same rows, each as many times; the triples of a CONSTRUCT).
 */
class QueryLibraryOnFusekiTest {
    static FusekiServer fuseki;
    static String dataset;

    @BeforeAll
    static void pushDataIntoAPlainFuseki() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", plain, true).build().start();
        dataset = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
        Path store = DataStore.get();
        Kg.Run push = Kg.expect(Main.OK, "push", "--to", dataset, "--store", store.toString());
        assertTrue(push.out().contains("pushed " + Kg.quadCount(store) + " triples"), push::toString);
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    /** Each file of queries/ without parameters, and again with its example's parameters when it has some. */
    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        for (Path file : QueryLibraryTest.queryFiles().toList()) {
            runs.add(Arguments.of(file, List.of()));
            List<String> params = QueryLibraryTest.header(file).paramArgs();
            if (!params.isEmpty()) {
                runs.add(Arguments.of(file, params));
            }
        }
        return runs.stream();
    }

    @Test
    void theEndpointsDefaultGraphIsNotTheUnionOfTheDocuments() {
        // Without this the comparison below would prove nothing: the old library, which read the default
        // graph, answered with no rows here.
        String edges = "PREFIX ag: <https://w3id.org/actorgraph/ontology#> SELECT (COUNT(*) AS ?n) ";
        assertEquals("0", single(endpoint(edges + "{ ?a ag:sellsArmsTo ?b }")));
        assertEquals(single(local(edges + "{ ?a ag:sellsArmsTo ?b }")), single(endpoint(edges + "{ SELECT DISTINCT ?a ?b "
                + "{ GRAPH ?g { ?a ag:sellsArmsTo ?b } } }")), "the documents' graphs arrived");
    }

    @Test
    void everyDocumentsGraphHoldsTheClassAndFrenchLabelOfTheActorsItNames() {
        // What the queries rely on when they look an actor's facts up in the graph of the edge or event
        // that names it, never in another document's graph (the SHACL shapes check the class and a label).
        List<Map<String, String>> missing = Kg.select(DataStore.get(), """
                SELECT ?g ?actor WHERE {
                  GRAPH ?g {
                    { ?actor ?p ?o } UNION { ?s ?p ?actor }
                    FILTER(isIRI(?actor) && STRSTARTS(STR(?actor), "https://w3id.org/actorgraph/id/actor/"))
                    FILTER NOT EXISTS { ?actor a ?kind ; rdfs:label ?label . FILTER(lang(?label) = "fr") }
                  }
                }""");
        assertEquals(List.of(), missing);
        assertTrue(Kg.count(DataStore.get(), "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?e ag:supplier ?a } }") > 0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void returnsTheSameRowsAsTheLocalStore(Path file, List<String> params) throws IOException {
        Kg.Run local = query(List.of("--store", DataStore.get().toString()), params, file);
        Kg.Run remote = query(List.of("--endpoint", dataset + "/sparql"), params, file);
        if (Files.readString(file, StandardCharsets.UTF_8).contains("\nCONSTRUCT")) {
            Map<String, Long> triples = multiset(local.out().lines().filter(l -> !l.isBlank()).toList());
            assertFalse(triples.isEmpty(), () -> file + ": no triples on the store\n" + local);
            assertEquals(triples, multiset(remote.out().lines().filter(l -> !l.isBlank()).toList()),
                    () -> file + ": the endpoint's triples differ\n" + remote);
            return;
        }
        List<List<String>> here = Csv.records(local.out());
        List<List<String>> there = Csv.records(remote.out());
        assertEquals(here.get(0), there.get(0), () -> file + ": columns\n" + remote);
        Map<List<String>, Long> rows = multiset(here.subList(1, here.size()));
        assertFalse(rows.isEmpty(), () -> file + " " + params + ": no rows on the store\n" + local);
        assertEquals(rows, multiset(there.subList(1, there.size())), () -> file + " " + params
                + ": the endpoint's rows differ from the store's\n" + local + "\n" + remote);
    }

    static Kg.Run query(List<String> source, List<String> params, Path file) {
        List<String> args = new ArrayList<>(List.of("query", "-f", "csv"));
        args.addAll(source);
        args.addAll(params);
        args.add(file.toString());
        return Kg.expect(Main.OK, args.toArray(String[]::new));
    }

    static <T> Map<T, Long> multiset(List<T> items) {
        return items.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static String endpoint(String sparql) {
        return Kg.expect(Main.OK, "query", "--endpoint", dataset + "/sparql", "-f", "csv", "-e", sparql).out();
    }

    static String local(String sparql) {
        return Kg.expect(Main.OK, "query", "--store", DataStore.get().toString(), "-f", "csv", "-e", sparql).out();
    }

    static String single(String csv) {
        List<List<String>> records = Csv.records(csv);
        assertEquals(2, records.size(), csv);
        return records.get(1).get(0);
    }
}
