package org.actorgraph.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.actorgraph.store.KgStore;
import org.actorgraph.viz.GraphExport;
import org.actorgraph.viz.GraphQuery;
import org.actorgraph.viz.VizPage;
import org.actorgraph.viz.VizStyle;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "viz", mixinStandardHelpOptions = true,
        description = {"Draws the actor graph: a self-contained interactive HTML page that works offline, or the same "
                + "graph for Graphviz (dot) or Gephi (graphml).",
                "The data is the answer of one SPARQL query (src/main/resources/viz/actor-graph.rq).",
                "Writes actor-graph.html, .dot or .graphml in the working folder unless --out says otherwise."})
public final class VizCommand extends KgCommand {
    public enum Format { html, dot, graphml }

    @Mixin
    StoreOption store;

    @Mixin
    OutputOption output;

    @Mixin
    QueryInput.VizQuery input;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "html")
    Format format;

    @Override
    public Integer call() {
        QueryText text = input.text();
        Query query;
        try {
            query = GraphQuery.parse(text.text());
        } catch (IllegalArgumentException e) {
            throw KgError.usage(text.name() + ": " + e.getMessage(), e);
        }
        VizStyle style = VizStyle.bundled();
        GraphQuery.Result result;
        try (KgStore kg = KgStore.openExisting(store.path())) {
            result = GraphQuery.run(kg, query, style);
        }
        Path fallback = Path.of("actor-graph." + format);
        output.write(commandLine(), fallback, bytes -> {
            Writer doc = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            switch (format) {
                case html -> doc.write(VizPage.embedded(result.sparqlJson()));
                case dot -> new GraphExport(result.graph(), style).dot(doc);
                case graphml -> new GraphExport(result.graph(), style).graphml(doc);
            }
            doc.flush();
        });
        Path target = output.target(fallback);
        if (target != null) {
            int events = result.graph().edges().stream().mapToInt(e -> e.events().size()).sum();
            out().println("wrote " + target + ": " + result.graph().nodes().size() + " actors, "
                    + result.graph().edges().size() + " edges, " + events + " events");
        }
        return Main.OK;
    }
}
