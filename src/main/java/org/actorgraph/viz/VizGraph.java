package org.actorgraph.viz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The actor graph as the page draws it, built from the rows of the actor-graph query (one row per
 * event): one node per actor, one edge per (from, relation, to), each edge with its events. The page's
 * script builds the same from the same rows (viz/actor-graph.js, {@code buildGraph}).
 */
public record VizGraph(List<Node> nodes, List<Edge> edges) {

    public record Node(String iri, String label, String kind, String wikidata, int degree) {}

    public record Edge(String id, String from, String relation, String to, String status, boolean direct, List<Event> events) {}

    public record Event(String iri, String status, String fromNamed, String toNamed, String rule, String sentence,
            String document, String date) {}

    /** Reads every row of the query's results. */
    public static VizGraph of(ResultSet rows, VizStyle style) {
        Map<String, String[]> nodes = new LinkedHashMap<>();
        Map<String, List<Event>> events = new LinkedHashMap<>();
        Map<String, String[]> ends = new HashMap<>();
        Map<String, Boolean> direct = new HashMap<>();
        while (rows.hasNext()) {
            QuerySolution r = rows.next();
            String from = text(r, "from");
            String to = text(r, "to");
            nodes.putIfAbsent(from, new String[] {text(r, "fromLabel"), text(r, "fromKind"), text(r, "fromWikidata")});
            nodes.putIfAbsent(to, new String[] {text(r, "toLabel"), text(r, "toKind"), text(r, "toWikidata")});
            String relation = text(r, "relation");
            String key = from + "\n" + relation + "\n" + to;
            ends.putIfAbsent(key, new String[] {from, relation, to});
            direct.merge(key, text(r, "direct").equals("true"), Boolean::logicalOr);
            events.computeIfAbsent(key, k -> new ArrayList<>()).add(new Event(text(r, "event"), text(r, "status"),
                    text(r, "fromNamed"), text(r, "toNamed"), text(r, "rule"), text(r, "sentence"), text(r, "document"),
                    text(r, "date")));
        }
        Map<String, Integer> degree = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (var e : events.entrySet()) {
            String[] end = ends.get(e.getKey());
            degree.merge(end[0], 1, Integer::sum);
            degree.merge(end[2], 1, Integer::sum);
            List<String> statuses = e.getValue().stream().map(Event::status).toList();
            edges.add(new Edge("e" + edges.size(), end[0], end[1], end[2], style.strongest(statuses),
                    direct.get(e.getKey()), Collections.unmodifiableList(e.getValue())));
        }
        List<Node> out = new ArrayList<>();
        nodes.forEach((iri, n) -> out.add(new Node(iri, n[0], n[1], n[2], degree.getOrDefault(iri, 0))));
        return new VizGraph(List.copyOf(out), List.copyOf(edges));
    }

    /** A variable's value as text: a literal's lexical form, an IRI's string; "" when unbound. */
    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
