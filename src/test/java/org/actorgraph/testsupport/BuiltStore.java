package org.actorgraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;

/**
 * One store built from the bundled articles ({@code data/}) and the development set
 * ({@code ../shared/eval/dev/docs}, when it is there), made once for the test suite and shared by the
 * test classes that only read it.
 */
public final class BuiltStore {
    public static final Path DEV_DOCS = Path.of("../shared/eval/dev/docs");
    private static Path store;

    private BuiltStore() {}

    public static synchronized Path dataAndDev() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("actorgraph-built-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                store = dir.resolve("store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Kg.build(store, "data");
            if (Files.isDirectory(DEV_DOCS)) {
                // The seed article is in both; the second build skips it as unchanged.
                Kg.expect(Main.OK, Kg.buildArgs(store, DEV_DOCS.toString()));
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
