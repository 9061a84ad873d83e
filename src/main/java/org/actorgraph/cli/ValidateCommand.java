package org.actorgraph.cli;

import java.io.PrintWriter;
import org.actorgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates every document graph of the store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints the violations, graph by graph, and exits 1 when any graph does not conform."})
public final class ValidateCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Mixin
    ShapesOption shapes;

    @Option(names = "--max-per-graph", paramLabel = "N", defaultValue = "10",
            description = "Violations printed for each graph at most (default: ${DEFAULT-VALUE}).")
    int maxPerGraph;

    @Override
    public Integer call() {
        PrintWriter out = out();
        long[] graphs = {0, 0};
        try (KgStore kg = KgStore.openExisting(store.path())) {
            kg.validate(shapes.validator(), (graph, violations) -> {
                graphs[0]++;
                if (!violations.conform()) {
                    graphs[1]++;
                    out.println(graph + ": " + violations.messages().size() + " violation(s)");
                    violations.messages().stream().limit(maxPerGraph).forEach(m -> out.println("  " + m));
                }
            });
        }
        out.println(graphs[1] == 0
                ? store.path() + ": " + graphs[0] + " graphs, all conform to the shapes"
                : store.path() + ": " + graphs[0] + " graphs, " + graphs[1] + " do not conform to the shapes");
        out.flush();
        return graphs[1] == 0 ? Main.OK : Main.FAILED;
    }
}
