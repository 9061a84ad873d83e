package org.actorgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads, which {@code ThreadMXBean} does not list (the JIT compilers and the garbage
 * collector), and of the common fork-join pool's. Read from {@code /proc/self/task} (Linux; elsewhere nothing is
 * known), each thread by the name the JVM gives it. A build reports what they spent after start-up: on two cores, it
 * is CPU time that a second analysis thread cannot have (issue 14).
 */
final class JvmThreadCpu {
    /** The kernel's clock tick in {@code /proc}'s CPU times (USER_HZ, 100 on every Linux the JVM runs on). */
    private static final long NANOS_PER_TICK = 10_000_000;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** The thread groups reported. */
    enum Group {
        /** {@code C1 CompilerThread0}, {@code C2 CompilerThread0}: the names are cut to 15 characters. */
        JIT,
        /** G1's and the other collectors' workers ({@code GC Thread#0}, {@code G1 Conc#0}, {@code G1 Refine#0}...). */
        GC,
        /** {@code ForkJoinPool.commonPool-worker-1}, where Lingua runs part of each language check. */
        COMMON_POOL;

        static Group of(String name) {
            if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                return JIT;
            }
            if (name.startsWith("ForkJoinPool.co")) {
                return COMMON_POOL;
            }
            return name.startsWith("GC Thread") || name.startsWith("G1 ") ? GC : null;
        }
    }

    /** Each thread's CPU time so far, of the groups above, by thread id; empty where {@code /proc} cannot tell. */
    private final Map<String, Long> nanosByThread;
    private final Map<String, Group> groups;

    private JvmThreadCpu(Map<String, Long> nanosByThread, Map<String, Group> groups) {
        this.nanosByThread = nanosByThread;
        this.groups = groups;
    }

    /** The CPU time of the groups' threads now. */
    static JvmThreadCpu now() {
        Map<String, Long> nanos = new HashMap<>();
        Map<String, Group> groups = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task, nanos, groups));
        } catch (IOException | RuntimeException e) {
            return new JvmThreadCpu(Map.of(), Map.of());
        }
        return new JvmThreadCpu(nanos, groups);
    }

    /** Whether the times could be read at all. */
    boolean known() {
        return !nanosByThread.isEmpty();
    }

    /** CPU time the group's threads spent since {@code before} (threads ended meanwhile are not counted). */
    long nanosSince(JvmThreadCpu before, Group group) {
        long sum = 0;
        for (Map.Entry<String, Long> e : nanosByThread.entrySet()) {
            if (groups.get(e.getKey()) == group) {
                sum += e.getValue() - before.nanosByThread.getOrDefault(e.getKey(), 0L);
            }
        }
        return sum;
    }

    /** One line of {@code /proc/self/task/TID/stat}: "tid (name) state ... utime stime ...", the name may hold spaces. */
    private static void read(Path task, Map<String, Long> nanos, Map<String, Group> groups) {
        String stat;
        try {
            stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
            return; // the thread ended meanwhile
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return;
        }
        Group group = Group.of(stat.substring(open + 1, close));
        if (group == null) {
            return;
        }
        // After the name: state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime.
        String[] f = stat.substring(close + 2).split(" ");
        String tid = task.getFileName().toString();
        nanos.put(tid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK);
        groups.put(tid, group);
    }
}
