package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmThreadCpuTest {
    @Test
    void threadsAreGroupedByTheNamesTheJvmGivesThem() {
        // Linux keeps 15 characters of a thread's name.
        assertEquals(JvmThreadCpu.Group.JIT, JvmThreadCpu.Group.of("C2 CompilerThre"));
        assertEquals(JvmThreadCpu.Group.JIT, JvmThreadCpu.Group.of("C1 CompilerThre"));
        assertEquals(JvmThreadCpu.Group.GC, JvmThreadCpu.Group.of("GC Thread#1"));
        assertEquals(JvmThreadCpu.Group.GC, JvmThreadCpu.Group.of("G1 Conc#0"));
        assertEquals(JvmThreadCpu.Group.COMMON_POOL, JvmThreadCpu.Group.of("ForkJoinPool.co"));
        assertNull(JvmThreadCpu.Group.of("kg-analyze"));
        assertNull(JvmThreadCpu.Group.of("VM Thread"));
    }

    @Test
    void onLinuxTheCompilerThreadsAreReadAndTheirTimeOnlyGrows() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        JvmThreadCpu before = JvmThreadCpu.now();
        assertTrue(before.known(), "the JIT compiler threads are found");
        double s = 0;
        for (int i = 1; i < 5_000_000; i++) {
            s += Math.sqrt(i) / i;
        }
        assertTrue(s > 0);
        JvmThreadCpu after = JvmThreadCpu.now();
        for (JvmThreadCpu.Group g : JvmThreadCpu.Group.values()) {
            assertTrue(after.nanosSince(before, g) >= 0, g::name);
        }
    }
}
