package org.actorgraph.pipeline;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorgraph.store.KgStore;
import org.apache.jena.rdf.model.Model;

/**
 * The writing thread of a build ({@link GraphBuilder}): commits one batch of graphs at a time, in a TDB2 write
 * transaction of its own, while the building thread fills the next. A batch commits whole or not at all.
 */
final class BatchWriter implements AutoCloseable {
    private final KgStore store;
    private final BuildReport report;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kg-write");
        t.setDaemon(true);
        return t;
    });
    /** The batch being committed, and its size; null when none is. */
    private Future<?> writing;
    private int writingSize;

    BatchWriter(KgStore store, BuildReport report) {
        this.store = store;
        this.report = report;
    }

    /** Hands a batch to the writing thread, once the batch before it is committed. */
    void commit(Map<String, Model> graphs) {
        finish();
        writingSize = graphs.size();
        writing = thread.submit(() -> {
            long t = System.nanoTime();
            long cpu = GraphBuilder.threadCpuNanos();
            store.replaceGraphs(graphs);
            report.times.add(DocumentPipeline.WRITE_STAGE, System.nanoTime() - t);
            report.nanosCpuWriting.add(GraphBuilder.threadCpuNanos() - cpu);
        });
    }

    /** Whether the batch being written, if any, is committed (or failed): {@link #finish} will not wait. */
    boolean done() {
        return writing != null && writing.isDone();
    }

    /**
     * Waits for the batch being written and counts it in the report; false when none was. A write that failed fails
     * the build.
     */
    boolean finish() {
        if (writing == null) {
            return false;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            writing = null;
        }
        report.written += writingSize;
        report.transactions++;
        return true;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
