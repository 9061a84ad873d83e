package org.actorgraph.robustness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.cli.Main;

/** {@code kg build} in a JVM of its own, on the test's classpath, its output in a log file. */
final class ChildBuild {
    private ChildBuild() {}

    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
