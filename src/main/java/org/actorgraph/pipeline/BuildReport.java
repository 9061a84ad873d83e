package org.actorgraph.pipeline;

import java.util.List;
import java.util.Locale;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.store.KgStore;

/** What a build did, for its progress lines and its summary. */
public final class BuildReport {
    long read;
    long analysed;
    long written;
    long unchanged;
    long failed;
    long leftOut;
    long sentences;
    long tokens;
    long unparsedSentences;
    long parsedSentences;
    long mentions;
    long events;
    long edges;
    long transactions;
    long nanosStartup;
    long nanosTotal;
    /** CPU time of the whole process after start-up, all threads (GC and JIT included); -1 if the JVM cannot tell. */
    long nanosCpuWork = -1;
    /** CPU time of the reading thread and of the writing thread, after start-up; -1 if the JVM cannot tell. */
    long nanosCpuReading = -1;
    /**
     * CPU time after start-up of the JIT compilers', the garbage collector's and the common fork-join pool's threads;
     * -1 where unknown (not Linux).
     */
    long nanosCpuJit = -1;
    long nanosCpuGc = -1;
    long nanosCpuCommonPool = -1;
    final java.util.concurrent.atomic.LongAdder nanosCpuWriting = new java.util.concurrent.atomic.LongAdder();
    final StageTimes times = new StageTimes();
    List<String> stageNames = List.of();
    int threads;

    public long read() {
        return read;
    }

    /** Documents analysed so far (written, or waiting in the current batch). */
    public long analysed() {
        return analysed;
    }

    public long written() {
        return written;
    }

    public long unchanged() {
        return unchanged;
    }

    public long failed() {
        return failed;
    }

    /** Documents finished one way or another: analysed, skipped as unchanged, or failed. */
    public long done() {
        return analysed + unchanged + failed;
    }

    public long events() {
        return events;
    }

    /** Documents left out on purpose, with a warning (not in French). */
    public long leftOut() {
        return leftOut;
    }

    /** Sentences that went through the dependency parser. */
    public long parsedSentences() {
        return parsedSentences;
    }

    /** Sentences the parse gate left out: within the length bound, not parsed. */
    long left() {
        return sentences - parsedSentences - unparsedSentences;
    }

    public long sentences() {
        return sentences;
    }

    public long edges() {
        return edges;
    }

    public String summary(KgStore kg) {
        double secs = nanosTotal / 1e9;
        double working = (nanosTotal - nanosStartup) / 1e9;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "documents: %d read, %d written, %d unchanged (skipped), %d failed, %d left out (not in French)%n",
                read, written, unchanged, failed, leftOut));
        if (unchanged > 0) {
            s.append(String.format(Locale.ROOT, "skipped %d already in the store (same id and text hash)%n", unchanged));
        }
        s.append(String.format(Locale.ROOT,
                "sentences: %d (%d too long to parse, over %d tokens), tokens: %d%n"
                        + "parsed %,d of %,d sentences (dependency parser)%s%n"
                        + "entities: %d mentions; relations: %d events, %d direct edges%n"
                        + "store: %s, %d graphs, %d quads%n"
                        + "time: %.1f s (start-up %.1f s loading models, until a document could be tagged: the parser and"
                        + " HeidelTime loaded on beside the first documents; %.2f documents/s after it; CPU %.1f s after it)%n",
                sentences, unparsedSentences, FrenchPipeline.MAX_SENTENCE_TOKENS, tokens, parsedSentences, sentences,
                left() > 0 ? String.format(Locale.ROOT, "; %,d left out, which cannot change the graph", left()) : "", mentions, events, edges,
                kg.dir(), kg.graphCount(), kg.quadCount(), secs, nanosStartup / 1e9,
                working > 0 ? done() / working : 0.0, nanosCpuWork / 1e9));
        if (nanosCpuReading >= 0) {
            s.append(String.format(Locale.ROOT, "threads: %s analysing %.1f s CPU, reading %.1f s CPU, writing %.1f s CPU%n",
                    threads, analysingNanos() / 1e9, nanosCpuReading / 1e9, nanosCpuWriting.sum() / 1e9));
        }
        if (nanosCpuJit >= 0 && nanosCpuReading >= 0 && nanosCpuWork >= 0) {
            long rest = nanosCpuWork - analysingNanos() - nanosCpuReading - nanosCpuWriting.sum() - nanosCpuJit - nanosCpuGc
                    - nanosCpuCommonPool;
            s.append(String.format(Locale.ROOT, "other threads: JIT compilers %.1f s CPU, garbage collector %.1f s CPU,"
                    + " common fork-join pool (language check) %.1f s CPU, the rest %.1f s CPU (models loading beside the"
                    + " first documents, the analysis threads outside the stages...)%n", nanosCpuJit / 1e9, nanosCpuGc / 1e9,
                    nanosCpuCommonPool / 1e9, rest / 1e9));
        }
        s.append("stages:");
        for (String stage : stageNames) {
            if (DocumentPipeline.READ_STAGES.contains(stage)) {
                continue;
            }
            s.append(String.format(Locale.ROOT, " %s %.1f s,", stage, seconds(times.nanos(stage))));
        }
        s.setLength(s.length() - 1);
        s.append(String.format(Locale.ROOT, " (%s time, all threads; %s wall time, in %d transactions)",
                StageTimes.clockName(), DocumentPipeline.WRITE_STAGE, transactions));
        return s.toString();
    }

    /** CPU time of the analysis stages, all worker threads (what {@code stages} lists but the write). */
    private long analysingNanos() {
        long sum = 0;
        for (String stage : stageNames) {
            if (!DocumentPipeline.READ_STAGES.contains(stage) && !stage.equals(DocumentPipeline.WRITE_STAGE)) {
                sum += times.nanos(stage);
            }
        }
        return sum;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
