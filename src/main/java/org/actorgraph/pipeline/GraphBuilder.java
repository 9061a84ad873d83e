package org.actorgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.rdf.AG;
import org.actorgraph.rdf.Iris;
import org.actorgraph.store.KgStore;
import org.actorgraph.extract.AnalyzedDocument;
import org.apache.jena.rdf.model.Model;

/**
 * The build job. The calling thread streams documents from the inputs, asks the store once per lookup
 * batch which of them it already holds (same id, same text hash), and hands the others to a pool of
 * threads that check their language, analyse them, map them to RDF and check each graph against the SHACL shapes
 * (a graph that does not conform is refused, not written). Back on the calling thread, each document's graph joins
 * the current write batch, which is committed as one transaction every {@code batchDocs} documents or
 * {@link #BATCH_SECONDS} seconds, whichever comes first, by a writing thread of its own while the next batch fills
 * (one batch at a time). At most {@link #IN_FLIGHT_PER_THREAD} × threads documents are in the pool, {@link #LOOKUP_BATCH}
 * wait for their lookup and two batches of graphs are held, so memory does not grow with the corpus.
 */
public final class GraphBuilder {
    /** Documents per write transaction unless {@code --batch} says otherwise. */
    public static final int DEFAULT_BATCH_DOCS = 200;
    /** A write batch is committed at the latest this long after its first document joined it. */
    public static final int BATCH_SECONDS = 5;
    /** Documents whose stored hashes are looked up in one read transaction. */
    static final int LOOKUP_BATCH = 64;
    /** Documents queued or being analysed, per analysis thread: enough that no thread waits while the reading thread reads. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    /** How a build runs: annotation threads, stop at the first bad input, documents per write transaction. */
    public record Settings(int threads, boolean failFast, int batchDocs) {
        public Settings {
            if (threads < 1 || batchDocs < 1) {
                throw new IllegalArgumentException("threads and batch must be at least 1");
            }
        }
    }

    private final KgStore store;
    private final Supplier<DocumentPipeline> loader;
    private DocumentPipeline pipeline;
    private final Settings settings;
    private final Consumer<InputError> errors;
    private final Consumer<InputWarning> warnings;
    private final Consumer<BuildReport> progress;
    private Consumer<AnalyzedDocument> observer = a -> { };

    /**
     * Each document goes through the pipeline that {@code loader} makes (once, when the build starts; it checks
     * each graph against the shapes) before it is written; {@code progress} is called on the building thread after
     * each document is done and after each commit.
     */
    public GraphBuilder(KgStore store, Supplier<DocumentPipeline> loader, Settings settings, Consumer<InputError> errors,
            Consumer<InputWarning> warnings, Consumer<BuildReport> progress) {
        this.store = store;
        this.loader = loader;
        this.settings = settings;
        this.errors = errors;
        this.warnings = warnings;
        this.progress = progress;
    }

    /**
     * Also hands each analysed document to {@code observer} before its graph is written; it runs on the analysis
     * threads, so it must be thread-safe. Set before {@link #build}.
     */
    public GraphBuilder observe(Consumer<AnalyzedDocument> observer) {
        this.observer = observer;
        return this;
    }

    public BuildReport build(List<Path> files) {
        return new Run().execute(files);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** CPU time of this thread, or -1 when the JVM cannot tell. */
    static long threadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** The state of one build; its methods run on the calling thread only. */
    private final class Run implements DocumentSink {
        private final BuildReport report = new BuildReport();
        private final Set<String> seenIds = new HashSet<>();
        private final List<Document> awaitingLookup = new ArrayList<>();
        private final Map<String, Model> batch = new LinkedHashMap<>();
        private final int maxInFlight = settings.threads() * IN_FLIGHT_PER_THREAD;
        private long batchOpened;
        private int inFlight;
        private boolean stopped;
        private CompletionService<DocumentResult> done;
        /** The thread that commits batches, so that reading and analysing go on while TDB2 writes. */
        private BatchWriter writer;

        BuildReport execute(List<Path> files) {
            long t0 = System.nanoTime();
            pipeline = loader.get();
            report.nanosStartup = System.nanoTime() - t0;
            report.stageNames = pipeline.buildStageNames();
            long cpu0 = processCpuNanos();
            long readCpu0 = threadCpuNanos();
            JvmThreadCpu jvm0 = JvmThreadCpu.now();
            report.threads = settings.threads();
            ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
                Thread t = new Thread(r, "kg-analyze");
                t.setDaemon(true);
                return t;
            });
            done = new ExecutorCompletionService<>(pool);
            writer = new BatchWriter(store, report);
            try {
                // The language check runs with the analysis, on the worker threads (see analyze).
                InputWalker.readAnyLanguage(files, this);
                // Documents read before a --fail-fast stop are still finished and written.
                lookUp();
                while (inFlight > 0) {
                    collect();
                }
                commit();
                awaitWrite();
            } finally {
                pool.shutdownNow();
                writer.close();
            }
            report.nanosTotal = System.nanoTime() - t0;
            report.nanosCpuWork = cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
            report.nanosCpuReading = readCpu0 < 0 ? -1 : threadCpuNanos() - readCpu0;
            JvmThreadCpu jvm = JvmThreadCpu.now();
            if (jvm0.known() && jvm.known()) {
                report.nanosCpuJit = jvm.nanosSince(jvm0, JvmThreadCpu.Group.JIT);
                report.nanosCpuGc = jvm.nanosSince(jvm0, JvmThreadCpu.Group.GC);
                report.nanosCpuCommonPool = jvm.nanosSince(jvm0, JvmThreadCpu.Group.COMMON_POOL);
            }
            return report;
        }

        @Override
        public boolean accept(Document doc) {
            report.read++;
            if (!seenIds.add(doc.id())) {
                return fail(new InputError(Path.of(doc.origin()), "duplicate document id '" + doc.id()
                        + "' in this run; the first one is kept"));
            }
            awaitingLookup.add(doc);
            if (awaitingLookup.size() >= LOOKUP_BATCH) {
                lookUp();
            }
            return !stopped;
        }

        @Override
        public boolean error(InputError error) {
            return fail(error);
        }

        @Override
        public void warning(InputWarning warning) {
            if (warning.skipsDocument()) {
                report.leftOut++;
                progress.accept(report);
            }
            warnings.accept(warning);
        }

        private boolean fail(InputError e) {
            report.failed++;
            errors.accept(e);
            progress.accept(report);
            stopped |= settings.failFast();
            return !stopped;
        }

        /** Skips the waiting documents the store already holds (one read transaction) and submits the others. */
        private void lookUp() {
            if (awaitingLookup.isEmpty()) {
                return;
            }
            List<String> iris = awaitingLookup.stream().map(d -> Iris.document(d.id())).toList();
            Map<String, String> stored = store.graphNodeValues(iris, AG.textHash.getURI());
            for (Document doc : awaitingLookup) {
                if (doc.textHash().equals(stored.get(Iris.document(doc.id())))) {
                    report.unchanged++;
                    progress.accept(report);
                } else {
                    submit(doc);
                }
            }
            awaitingLookup.clear();
        }

        private void submit(Document doc) {
            while (inFlight >= maxInFlight) {
                collect();
            }
            done.submit(() -> DocumentResult.of(pipeline, report.times, doc, observer));
            inFlight++;
        }

        /** Waits for one analysed document, committing the batch meanwhile if its time is up. */
        private void collect() {
            Future<DocumentResult> next;
            if (writer.done()) {
                awaitWrite();
            }
            try {
                next = batch.isEmpty() ? done.take()
                        : done.poll(batchOpened + TimeUnit.SECONDS.toNanos(BATCH_SECONDS) - System.nanoTime(),
                                TimeUnit.NANOSECONDS);
                if (next == null) {
                    commit();
                    return;
                }
                inFlight--;
                write(next.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Adds one document's graph to the write batch, and commits the batch when it is full or old enough. */
        private void write(DocumentResult r) {
            if (r.error() != null) {
                fail(r.error());
                return;
            }
            if (r.leftOut() != null) {
                // Not read, as far as the summary goes: a document not in French is left out, with a warning.
                report.read--;
                warning(r.leftOut());
                return;
            }
            if (batch.isEmpty()) {
                batchOpened = System.nanoTime();
            }
            batch.put(Iris.document(r.doc().id()), r.graph());
            report.analysed++;
            report.sentences += r.sentences();
            report.parsedSentences += r.parsed();
            report.unparsedSentences += r.tooLong();
            report.tokens += r.tokens();
            report.mentions += r.mentions();
            report.events += r.events();
            report.edges += r.edges();
            if (batch.size() >= settings.batchDocs()
                    || System.nanoTime() - batchOpened >= TimeUnit.SECONDS.toNanos(BATCH_SECONDS)) {
                commit();
            }
            progress.accept(report);
        }

        /** Hands the batch to the writing thread, once the batch before it is committed: one is written while the next fills. */
        private void commit() {
            if (batch.isEmpty()) {
                return;
            }
            awaitWrite();
            writer.commit(new LinkedHashMap<>(batch));
            batch.clear();
        }

        /** Waits for the batch being written, if any. */
        private void awaitWrite() {
            if (writer.finish()) {
                progress.accept(report);
            }
        }
    }
}
