package org.actorgraph.pipeline;

import java.util.Locale;
import org.actorgraph.store.KgStore;

/** What a build did, for its summary line. */
public final class BuildReport {
    long read;
    long written;
    long unchanged;
    long failed;
    long leftOut;
    long sentences;
    long tokens;
    long unparsedSentences;
    long mentions;
    long events;
    long edges;
    long nanosAnalysis;
    long nanosStore;
    long nanosTotal;

    public long read() {
        return read;
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

    public long events() {
        return events;
    }

    /** Documents left out on purpose, with a warning (not in French). */
    public long leftOut() {
        return leftOut;
    }

    public long edges() {
        return edges;
    }

    public String summary(KgStore kg) {
        double secs = nanosTotal / 1e9;
        return String.format(Locale.ROOT,
                "documents: %d read, %d written, %d unchanged (skipped), %d failed, %d left out (not in French)%n"
                        + "sentences: %d (%d too long to parse), tokens: %d%n"
                        + "entities: %d mentions; relations: %d events, %d direct edges%n"
                        + "store: %s, %d graphs, %d quads%n"
                        + "time: %.1f s (%.2f documents/s; analysis %.1f s of thread time, store %.1f s)",
                read, written, unchanged, failed, leftOut, sentences, unparsedSentences, tokens, mentions, events, edges,
                kg.dir(), kg.graphCount(), kg.quadCount(), secs,
                secs > 0 ? read / secs : 0.0, nanosAnalysis / 1e9, nanosStore / 1e9);
    }
}
