package org.actorgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of a build, summed over the threads that ran it (nanoseconds). */
public final class StageTimes {
    final LongAdder annotation = new LongAdder();
    final LongAdder linkingExtraction = new LongAdder();
    final LongAdder mapping = new LongAdder();
    final LongAdder store = new LongAdder();
}
