package org.actorgraph.viz;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the actor graph for Graphviz (DOT) and Gephi (GraphML) with JGraphT's exporters, which do the
 * quoting and XML escaping. Node and edge styles come from the same {@link VizStyle} as the page.
 */
public final class GraphExport {
    private final VizGraph graph;
    private final VizStyle style;
    private final Map<String, VizGraph.Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    public GraphExport(VizGraph graph, VizStyle style) {
        this.graph = graph;
        this.style = style;
        for (VizGraph.Node n : graph.nodes()) {
            nodes.put(n.iri(), n);
            ids.put(n.iri(), "n" + ids.size());
        }
    }

    public void dot(Writer out) {
        DOTExporter<String, VizGraph.Edge> dot = new DOTExporter<>(ids::get);
        dot.setGraphIdProvider(() -> "ActorGraph");
        dot.setGraphAttributeProvider(() -> Map.of("overlap", attr("false"), "splines", attr("true"),
                "fontname", attr("Helvetica")));
        dot.setVertexAttributeProvider(iri -> {
            VizGraph.Node n = nodes.get(iri);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", attr(n.label()));
            a.put("shape", attr(style.kindDotShape(n.kind())));
            a.put("style", attr("filled"));
            a.put("fillcolor", attr(style.kindColor(n.kind())));
            a.put("fontcolor", attr("white"));
            a.put("tooltip", attr(n.wikidata().isEmpty() ? n.kind() : n.kind() + " " + n.wikidata()));
            return a;
        });
        dot.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", attr(e.relation() + (e.events().size() > 1 ? " (" + e.events().size() + ")" : "")));
            a.put("color", attr(style.relationColor(e.relation())));
            a.put("fontcolor", attr(style.relationColor(e.relation())));
            a.put("style", attr(style.line(e.status())));
            return a;
        });
        dot.exportGraph(jgrapht(), out);
    }

    public void graphml(Writer out) {
        GraphMLExporter<String, VizGraph.Edge> ml = new GraphMLExporter<>(ids::get);
        ml.setEdgeIdProvider(VizGraph.Edge::id);
        ml.setExportVertexLabels(true);
        ml.setVertexLabelAttributeName("label");
        ml.setExportEdgeLabels(true);
        ml.setEdgeLabelAttributeName("relation");
        for (String key : new String[] {"iri", "kind", "wikidata", "color"}) {
            ml.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
        }
        ml.registerAttribute("degree", AttributeCategory.NODE, AttributeType.INT);
        for (String key : new String[] {"status", "relationColor", "documents", "sentences"}) {
            ml.registerAttribute(key, AttributeCategory.EDGE, AttributeType.STRING);
        }
        ml.registerAttribute("direct", AttributeCategory.EDGE, AttributeType.BOOLEAN);
        ml.registerAttribute("events", AttributeCategory.EDGE, AttributeType.INT);
        ml.setVertexAttributeProvider(iri -> {
            VizGraph.Node n = nodes.get(iri);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", attr(n.label()));
            a.put("iri", attr(n.iri()));
            a.put("kind", attr(n.kind()));
            a.put("wikidata", attr(n.wikidata()));
            a.put("color", attr(style.kindColor(n.kind())));
            a.put("degree", DefaultAttribute.createAttribute(n.degree()));
            return a;
        });
        ml.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("relation", attr(e.relation()));
            a.put("status", attr(e.status()));
            a.put("relationColor", attr(style.relationColor(e.relation())));
            a.put("direct", DefaultAttribute.createAttribute(e.direct()));
            a.put("events", DefaultAttribute.createAttribute(e.events().size()));
            a.put("documents", attr(e.events().stream().map(VizGraph.Event::document).distinct()
                    .collect(Collectors.joining(" "))));
            a.put("sentences", attr(e.events().stream().map(VizGraph.Event::sentence).distinct()
                    .collect(Collectors.joining("\n"))));
            return a;
        });
        ml.exportGraph(jgrapht(), out);
    }

    private Graph<String, VizGraph.Edge> jgrapht() {
        Graph<String, VizGraph.Edge> g = new DirectedPseudograph<>(null, null, false);
        nodes.keySet().forEach(g::addVertex);
        for (VizGraph.Edge e : graph.edges()) {
            g.addEdge(e.from(), e.to(), e);
        }
        return g;
    }

    private static Attribute attr(String value) {
        return DefaultAttribute.createAttribute(value);
    }
}
