package org.actorgraph.spark;

import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** Counters of one run, summed over the executors. */
final class JobReport implements java.io.Serializable {
    final LongAccumulator read;
    final LongAccumulator written;
    final LongAccumulator failed;
    final LongAccumulator duplicates;
    final LongAccumulator leftOut;
    final LongAccumulator quads;

    JobReport(SparkContext sc) {
        read = sc.longAccumulator("documents read");
        written = sc.longAccumulator("documents written");
        failed = sc.longAccumulator("documents failed");
        duplicates = sc.longAccumulator("duplicate ids");
        leftOut = sc.longAccumulator("documents left out (not in French)");
        quads = sc.longAccumulator("quads written");
    }

    String summary(String out, double seconds) {
        return String.format(Locale.ROOT,
                "documents: %d read, %d written, %d failed, %d duplicate ids (first kept), %d left out (not in French)%n"
                        + "output: %s, %d quads%ntime: %.1f s (%.2f documents/s)",
                read.value(), written.value(), failed.value(), duplicates.value(), leftOut.value(), out, quads.value(), seconds,
                seconds > 0 ? written.value() / seconds : 0.0);
    }
}
