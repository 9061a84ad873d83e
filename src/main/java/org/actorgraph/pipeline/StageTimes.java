package org.actorgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a build, summed over the threads that ran it (nanoseconds). The analysis
 * stages count the CPU time of their thread, which other processes on a busy machine do not inflate;
 * the store counts wall time, since its cost is mostly waiting for the disk.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    final LongAdder annotation = new LongAdder();
    final LongAdder linkingExtraction = new LongAdder();
    final LongAdder mapping = new LongAdder();
    final LongAdder validation = new LongAdder();
    final LongAdder store = new LongAdder();

    /** The clock of the analysis stages: this thread's CPU time, or wall time where the JVM cannot measure it. */
    static long cpuNow() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static String clockName() {
        return CPU ? "CPU" : "thread";
    }
}
