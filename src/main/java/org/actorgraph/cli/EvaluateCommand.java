package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorgraph.eval.DocumentIds;
import org.actorgraph.eval.Edge;
import org.actorgraph.eval.Evaluation;
import org.actorgraph.eval.Gold;
import org.actorgraph.eval.MentionSentences;
import org.actorgraph.eval.ReportFormat;
import org.actorgraph.eval.Score;
import org.actorgraph.eval.StoreEdges;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.pipeline.BuildReport;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.GraphBuilder;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.ShapeValidator;
import org.actorgraph.store.TemporaryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extraction on your own annotated articles: builds DOCS into a temporary store (deleted "
                + "afterwards; your store is not touched), reads the direct edges back with SPARQL and compares them with "
                + "the rows of GOLD.tsv, as ../shared/eval/score.py does.",
                "GOLD.tsv: one relation a line, doc<TAB>Qsubject<TAB>relation<TAB>Qobject[<TAB>optional]; # starts a "
                        + "comment. An optional row is neither missed when absent nor wrong when found.",
                "Prints precision, recall, F1, tp, fp and fn per relation and in total (micro), then each false "
                        + "positive and false negative with its document and sentences.",
                "Exit 0 when it ran (whatever the score), 1 on bad input, 3 when --min-f1 is given and the micro F1 "
                        + "is below it."})
public final class EvaluateCommand extends KgCommand {
    /** The exit code of a run whose micro F1 is below {@code --min-f1}. */
    public static final int BELOW_MIN_F1 = 3;

    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

    @Option(names = {"-g", "--gold"}, required = true, paramLabel = "GOLD.tsv",
            description = "The gold relations: doc, Qsubject, relation (sellsArmsTo, accuses, armedHistorically), "
                    + "Qobject, optionally 'optional'.")
    Path gold;

    @Parameters(paramLabel = "DOCS", arity = "1..*", description = "The annotated articles, as kg build reads them: "
            + ".txt files (id = file name without .txt), .jsonl or .jsonl.gz files (the JSON id), or folders of them.")
    List<Path> docs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}); tsv and json are for programs.")
    ReportFormat format;

    @Mixin
    OutputOption output;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 3 when the micro F1 is below X (0 to 1), for CI.")
    Double minF1;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw KgError.usage("--threads must be at least 1");
        }
        if (minF1 != null && !(minF1 >= 0 && minF1 <= 1)) {
            throw KgError.usage("--min-f1 must be between 0 and 1, found " + minF1);
        }
        List<Path> files = InputWalker.resolve(docs);
        if (files.isEmpty()) {
            throw KgError.failed("no .txt, .jsonl or .jsonl.gz files under "
                    + docs.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        Set<String> ids = DocumentIds.read(files);
        Gold g = Gold.read(gold, ids);
        Gazetteer gazetteer = main.resources().gazetteer();
        MentionSentences mentions = new MentionSentences(gazetteer,
                g.rows().stream().map(Edge::document).collect(Collectors.toSet()));
        Evaluation evaluation;
        try (TemporaryStore tmp = TemporaryStore.create("kg-evaluate-")) {
            build(tmp.store(), files, mentions);
            StoreEdges store = StoreEdges.read(tmp.store());
            Function<String, String> label = qid -> {
                String l = store.label(qid);
                Actor a = l == null ? gazetteer.actor(qid) : null;
                return l != null ? l : a != null ? a.label() : null;
            };
            evaluation = Evaluation.of(g, Score.of(store.edges(), g, ids), store, mentions, label);
        }
        output.write(commandLine(), null, out -> format.write(evaluation, out));
        double f1 = evaluation.score().micro().f1();
        if (minF1 != null && f1 < minF1) {
            report(String.format(Locale.ROOT, "micro F1 %.4f is below --min-f1 %s", f1, minF1));
            return BELOW_MIN_F1;
        }
        return Main.OK;
    }

    /** Builds as {@code kg build} does, but stops at the first document that cannot be read or analysed. */
    private void build(KgStore kg, List<Path> files, MentionSentences mentions) {
        List<InputError> errors = new ArrayList<>();
        BuildReport report;
        try (BuildProgress progress = BuildProgress.forConsole(files, 10)) {
            GraphBuilder builder = new GraphBuilder(kg,
                    () -> new DocumentPipeline(main.resources(), ShapeValidator.bundled(), DocumentPipeline.DEFAULT_MAX_DOC_CHARS),
                    new GraphBuilder.Settings(threads, true, GraphBuilder.DEFAULT_BATCH_DOCS),
                    errors::add, w -> warn(w.message()), progress);
            report = builder.observe(mentions).build(files);
        }
        if (!errors.isEmpty()) {
            // A score without one of the documents would count its gold rows as missed.
            throw errors.get(0);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug(report.summary(kg));
        }
    }
}
