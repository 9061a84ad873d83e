package org.actorgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.StoreError;
import org.actorgraph.viz.GraphExport;
import org.actorgraph.viz.GraphQuery;
import org.actorgraph.viz.VizPage;
import org.actorgraph.viz.VizStyle;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "viz", mixinStandardHelpOptions = true,
        description = {"Draws the actor graph: a self-contained interactive HTML page that works offline, or the same "
                + "graph for Graphviz (dot) or Gephi (graphml).",
                "The data is the answer of one SPARQL query (src/main/resources/viz/actor-graph.rq)."})
public final class VizCommand implements Callable<Integer> {
    public enum Format { html, dot, graphml }

    @Mixin
    StoreOption store;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write (default: actor-graph.html, .dot or .graphml in the working folder; - for standard output).")
    Path out;

    @Option(names = {"-q", "--query"}, paramLabel = "FILE.rq",
            description = "A SELECT query to use instead of the bundled one; it must return the same variables.")
    Path query;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "html")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        String name = query == null ? GraphQuery.RESOURCE : query.toString();
        try {
            text = query == null ? GraphQuery.bundledText() : Files.readString(query, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("kg viz: " + name + ": no such file");
            return Main.FAILED;
        } catch (IOException e) {
            err.println("kg viz: " + name + ": cannot read (" + e.getMessage() + ")");
            return Main.FAILED;
        }
        Query q;
        try {
            q = GraphQuery.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("kg viz: " + name + ": " + e.getMessage());
            return Main.USAGE;
        }
        VizStyle style = VizStyle.bundled();
        GraphQuery.Result result;
        try (KgStore kg = KgStore.openExisting(store.path())) {
            result = GraphQuery.run(kg, q, style);
        } catch (StoreError e) {
            err.println("kg viz: " + e.getMessage());
            return Main.FAILED;
        }
        StringWriter doc = new StringWriter();
        switch (format) {
            case html -> doc.write(VizPage.embedded(result.sparqlJson()));
            case dot -> new GraphExport(result.graph(), style).dot(doc);
            case graphml -> new GraphExport(result.graph(), style).graphml(doc);
        }
        Path target = out != null ? out : Path.of("actor-graph." + format);
        if (target.toString().equals("-")) {
            spec.commandLine().getOut().print(doc);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        try {
            Files.writeString(target, doc.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("kg viz: " + target + ": cannot write (" + e.getMessage() + ")");
            return Main.FAILED;
        }
        int events = result.graph().edges().stream().mapToInt(e -> e.events().size()).sum();
        spec.commandLine().getOut().println("wrote " + target + ": " + result.graph().nodes().size() + " actors, "
                + result.graph().edges().size() + " edges, " + events + " events");
        return Main.OK;
    }
}
