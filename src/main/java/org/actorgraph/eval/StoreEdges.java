package org.actorgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.actorgraph.store.KgStore;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * What a user of the store would see, read back with SPARQL: the direct edges of each document with Wikidata ids
 * ({@code queries/edges-by-document.rq}, the query score.py runs), the French labels of their actors, and every
 * relation event with its sentence ({@code eval/edge-events.rq}).
 */
public final class StoreEdges {
    /** The library's query, shipped in the jar. */
    static final String EDGES = "queries/edges-by-document.rq";
    static final String EVENTS = "eval/edge-events.rq";

    /** One relation event as the store holds it, under the edge its actors' states would make. */
    record Event(Edge edge, String modality, String status, Sentence sentence) {
        /** The events that make a direct edge, as MapToRdf writes them. */
        boolean makesEdge() {
            return modality.equals("Asserted") && !status.equals("Negotiating") && !status.equals("Cancelled");
        }
    }

    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<Edge, List<Event>> events = new HashMap<>();

    private StoreEdges() {}

    public static StoreEdges read(KgStore kg) {
        StoreEdges s = new StoreEdges();
        kg.read(() -> {
            select(kg, EDGES, row -> {
                Edge e = edge(row);
                s.edges.add(e);
                s.label(e.subject(), row.get("subjectLabel"));
                s.label(e.object(), row.get("objectLabel"));
            });
            select(kg, EVENTS, row -> {
                Edge e = edge(row);
                Sentence sentence = new Sentence(row.getLiteral("index").getInt(), text(row, "sentence"), null);
                s.events.computeIfAbsent(e, k -> new ArrayList<>())
                        .add(new Event(e, text(row, "modality"), text(row, "status"), sentence));
            });
            return null;
        });
        return s;
    }

    /** Every edge of every document, with Wikidata ids on both sides. */
    public Set<Edge> edges() {
        return edges;
    }

    /** The French label the store gives an actor (a Wikidata id), or null. */
    public String label(String qid) {
        return labels.get(qid);
    }

    /** The sentences of the events behind an edge the store holds. */
    public List<Sentence> evidence(Edge edge) {
        return events.getOrDefault(edge, List.of()).stream().filter(Event::makesEdge).map(Event::sentence).toList();
    }

    /**
     * The sentences of the events between the edge's two sides that make no edge, each with what the extractor
     * made of it ({@code found as Negated}, {@code found as Negotiating}).
     */
    public List<Sentence> eventsWithoutEdge(Edge edge) {
        return events.getOrDefault(edge, List.of()).stream().filter(e -> !e.makesEdge())
                .map(e -> new Sentence(e.sentence().index(), e.sentence().text(), "found as "
                        + (e.modality().equals("Asserted") ? e.status() : e.modality())))
                .toList();
    }

    private void label(String qid, RDFNode label) {
        if (label != null) {
            labels.putIfAbsent(qid, label.asLiteral().getLexicalForm());
        }
    }

    private static Edge edge(QuerySolution row) {
        return new Edge(text(row, "document"), text(row, "subject"), text(row, "relation"), text(row, "object"));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.asLiteral().getLexicalForm();
    }

    private static void select(KgStore kg, String resource, Consumer<QuerySolution> each) {
        try (QueryExecution qe = kg.execution(QueryFactory.create(resource(resource)))) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StoreEdges.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return IO.readWholeFileAsUTF8(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
