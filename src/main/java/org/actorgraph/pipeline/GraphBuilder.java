package org.actorgraph.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.rdf.AG;
import org.actorgraph.rdf.DocumentGraph;
import org.actorgraph.rdf.Iris;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.ShapeValidator;
import org.apache.jena.rdf.model.Model;

/**
 * The build job: streams documents from the inputs, analyses them on a pool of threads, and writes each
 * document's graph to the store from this one thread, one transaction per document. Each graph is checked
 * against the SHACL shapes first; one that does not conform is refused, not written. Documents whose text
 * the store already holds are skipped.
 */
public final class GraphBuilder {
    private final KgStore store;
    private final int threads;
    private final boolean failFast;
    private final Consumer<InputError> errors;
    private final Consumer<InputWarning> warnings;
    private final DocumentGraph mapper = new DocumentGraph(Gazetteer.bundled());
    private final ShapeValidator validator;

    public GraphBuilder(KgStore store, ShapeValidator validator, int threads, boolean failFast, Consumer<InputError> errors,
            Consumer<InputWarning> warnings) {
        this.store = store;
        this.validator = validator;
        this.threads = threads;
        this.failFast = failFast;
        this.errors = errors;
        this.warnings = warnings;
    }

    private record Result(AnalyzedDocument analyzed, long nanos, RuntimeException error) {}

    public BuildReport build(List<Path> files) {
        long t0 = System.nanoTime();
        BuildReport report = new BuildReport();
        DocumentAnalyzer analyzer = DocumentAnalyzer.bundled();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-analyze");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Result> done = new ExecutorCompletionService<>(pool);
        int maxInFlight = threads * 2;
        int[] inFlight = {0};
        Set<String> seenIds = new HashSet<>();
        try {
            InputWalker.read(files, new DocumentSink() {
                @Override
                public boolean accept(Document doc) {
                    report.read++;
                    if (!seenIds.add(doc.id())) {
                        return fail(new InputError(Path.of(doc.origin()), "duplicate document id '" + doc.id()
                                + "' in this run; the first one is kept"));
                    }
                    String stored = store.storedHash(Iris.document(doc.id()), AG.textHash.getURI());
                    if (doc.textHash().equals(stored)) {
                        report.unchanged++;
                        return true;
                    }
                    while (inFlight[0] >= maxInFlight) {
                        if (!write(take(done), report)) {
                            return false;
                        }
                        inFlight[0]--;
                    }
                    done.submit(() -> analyze(analyzer, doc));
                    inFlight[0]++;
                    return true;
                }

                @Override
                public boolean error(InputError error) {
                    return fail(error);
                }

                @Override
                public void warning(InputWarning warning) {
                    if (warning.skipsDocument()) {
                        report.leftOut++;
                    }
                    warnings.accept(warning);
                }

                private boolean fail(InputError e) {
                    report.failed++;
                    errors.accept(e);
                    return !failFast;
                }
            });
            while (inFlight[0] > 0) {
                write(take(done), report);
                inFlight[0]--;
            }
        } finally {
            pool.shutdownNow();
        }
        report.nanosTotal = System.nanoTime() - t0;
        return report;
    }

    private static Result analyze(DocumentAnalyzer analyzer, Document doc) {
        long t = System.nanoTime();
        try {
            return new Result(analyzer.analyze(doc), System.nanoTime() - t, null);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            // CoreNLP's lexers throw java.lang.Error on input they cannot match, and its dependency code
            // recurses once per word, even on a sentence longer than depparse.maxlen.
            String why = e instanceof StackOverflowError ? ": a sentence is too long for the parser (thousands of"
                    + " words without a full stop); split it into sentences" : " (" + e + ")";
            return new Result(null, System.nanoTime() - t, new InputError(Path.of(doc.origin()),
                    "cannot analyse document '" + doc.id() + "'" + why));
        }
    }

    private static Result take(CompletionService<Result> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes one analysed document; returns false when the build must stop. */
    private boolean write(Result r, BuildReport report) {
        report.nanosAnalysis += r.nanos();
        if (r.error() != null) {
            report.failed++;
            errors.accept(r.error() instanceof InputError ie ? ie : new InputError(Path.of("?"), r.error().getMessage()));
            return !failFast;
        }
        AnalyzedDocument a = r.analyzed();
        long t = System.nanoTime();
        Model model = mapper.map(a);
        ShapeValidator.Violations violations = validator.validate(model.getGraph());
        if (!violations.conform()) {
            report.failed++;
            report.nanosStore += System.nanoTime() - t;
            errors.accept(new InputError(Path.of(a.document().origin()), "document '" + a.document().id()
                    + "' not written: its graph does not conform to ontology/shapes.ttl (" + violations.summary() + ")"));
            return !failFast;
        }
        store.replaceGraph(Iris.document(a.document().id()), model);
        report.nanosStore += System.nanoTime() - t;
        report.written++;
        report.sentences += a.sentences().size();
        report.unparsedSentences += a.sentences().stream().filter(s -> !s.parsed().isParsed()).count();
        report.tokens += a.tokenCount();
        report.mentions += a.mentions().size();
        report.events += a.events().size();
        report.edges += a.events().stream().filter(e -> e.isAsserted()).count();
        return true;
    }
}
