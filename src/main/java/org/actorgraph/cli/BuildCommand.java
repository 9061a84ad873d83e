package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.pipeline.BuildReport;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.GraphBuilder;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts actors and relations, and writes one named graph per article to the store.",
                "Each document's graph is validated against the SHACL shapes before it is written; one that does not conform is refused.",
                "PATH: .txt files (one article each), .jsonl or .jsonl.gz files (one JSON object a line, with id and text,"
                        + " optional title, date, url, source), or folders of them. Default: data/."})
public final class BuildCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Mixin
    ShapesOption shapes;

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Inputs (default: data/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-fast", description = "Stop at the first input that cannot be read (default: skip it and exit 1 at the end).")
    boolean failFast;

    @Option(names = "--batch", paramLabel = "N", description = "Documents per write transaction (default: ${DEFAULT-VALUE});"
            + " a batch is also committed " + GraphBuilder.BATCH_SECONDS + " s after its first document.")
    int batch = GraphBuilder.DEFAULT_BATCH_DOCS;

    @Option(names = "--max-doc-chars", paramLabel = "N", description = "Refuse a document longer than N characters"
            + " (default: ${DEFAULT-VALUE}); it is reported and counted as failed.")
    int maxDocChars = DocumentPipeline.DEFAULT_MAX_DOC_CHARS;

    @Option(names = "--parse-all", description = "Run CoreNLP's dependency parser on every sentence, as before the"
            + " parse gate (default: only on the sentences that can change the graph: those that can hold a relation,"
            + " those their analysis reads, those whose names the parse tells about; the graphs are the same, the build"
            + " is slower).")
    boolean parseAll;

    @Option(names = "--log-every", paramLabel = "SECONDS", description = "When not on a terminal, a progress line every"
            + " SECONDS (default: ${DEFAULT-VALUE}); on a terminal a progress bar.")
    int logEvery = 10;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of("data")) : paths;
        List<Path> files = InputWalker.resolve(inputs);
        if (files.isEmpty()) {
            throw KgError.failed("no .txt, .jsonl or .jsonl.gz files under " + inputs);
        }
        if (threads < 1 || batch < 1 || maxDocChars < 1 || logEvery < 1) {
            throw KgError.usage("--threads, --batch, --max-doc-chars and --log-every must be at least 1");
        }
        ShapeValidator validator = shapes.validator();
        Gazetteer userGazetteer = gazetteer.load();
        RulesOption.Loaded userRules = rules.load();
        try (KgStore kg = KgStore.open(store.path())) {
            BuildReport report;
            try (BuildProgress progress = BuildProgress.forConsole(files, logEvery)) {
                GraphBuilder builder = new GraphBuilder(kg,
                        () -> new DocumentPipeline(RulesOption.Loaded.apply(userRules, GazetteerOption.resources(main, userGazetteer)),
                                validator, maxDocChars, parseAll ? DocumentPipeline.Parsing.ALL : DocumentPipeline.Parsing.GATED),
                        new GraphBuilder.Settings(threads, failFast, batch),
                        e -> report(e.getMessage()), w -> warn(w.message()), progress);
                report = builder.build(files);
            }
            out().println(report.summary(kg));
            out().flush();
            return report.failed() > 0 ? Main.FAILED : Main.OK;
        }
    }

}
