package org.actorgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a build, summed over the threads that ran it (nanoseconds). The analysis
 * stages count the CPU time of their thread, which other processes on a busy machine do not inflate;
 * the store's writes count wall time, since their cost is mostly waiting for the disk.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private final Map<String, LongAdder> byStage = new ConcurrentHashMap<>();

    /** Runs one stage on this thread and adds its time. */
    <I, O> O run(Stage<I, O> stage, I input) {
        long t0 = cpuNow();
        try {
            return stage.apply(input);
        } finally {
            add(stage.name(), cpuNow() - t0);
        }
    }

    void add(String stage, long nanos) {
        byStage.computeIfAbsent(stage, k -> new LongAdder()).add(nanos);
    }

    public long nanos(String stage) {
        LongAdder a = byStage.get(stage);
        return a == null ? 0 : a.sum();
    }

    /** The clock of the analysis stages: this thread's CPU time, or wall time where the JVM cannot measure it. */
    private static long cpuNow() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static String clockName() {
        return CPU ? "CPU" : "thread";
    }
}
