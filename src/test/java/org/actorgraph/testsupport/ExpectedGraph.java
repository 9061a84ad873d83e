package org.actorgraph.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the actor graph of a store should hold, asked with SPARQL through {@code kg query}: the rows of
 * the bundled actor-graph query, the actors and (from, relation, to) edges they make, and, independently
 * of that query, the direct edges the store holds.
 */
public record ExpectedGraph(List<Map<String, String>> rows, Set<String> nodes, Map<String, Set<String>> sentencesByEdge,
        Set<String> directEdges) {

    public static String key(String from, String relation, String to) {
        return from + " " + relation + " " + to;
    }

    public static ExpectedGraph of(Path store) {
        List<Map<String, String>> rows = Kg.select(store, bundledQuery());
        Set<String> nodes = new LinkedHashSet<>();
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            nodes.add(r.get("from"));
            nodes.add(r.get("to"));
            edges.computeIfAbsent(key(r.get("from"), r.get("relation"), r.get("to")), k -> new LinkedHashSet<>())
                    .add(r.get("sentence"));
        }
        Set<String> direct = new LinkedHashSet<>();
        for (Map<String, String> r : Kg.select(store, """
                SELECT DISTINCT ?a ?relation ?b WHERE {
                  GRAPH ?g { ?a ?p ?b }
                  VALUES (?p ?relation) { (ag:sellsArmsTo "sellsArmsTo") (ag:accuses "accuses") (ag:armedHistorically "armedHistorically") }
                }""")) {
            direct.add(key(r.get("a"), r.get("relation"), r.get("b")));
        }
        return new ExpectedGraph(rows, nodes, edges, direct);
    }

    public Set<String> edges() {
        return sentencesByEdge.keySet();
    }

    public static String bundledQuery() {
        try (InputStream in = ExpectedGraph.class.getClassLoader().getResourceAsStream("viz/actor-graph.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
