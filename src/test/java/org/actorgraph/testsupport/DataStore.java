package org.actorgraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store {@code kg build} makes from the bundled {@code data/} articles, built once per test JVM (about
 * 30 s with the CoreNLP load) and shared by the test classes that ask questions of it. Tests must not write
 * to it; {@link #copy} gives a store of one's own.
 */
public final class DataStore {
    public static final Path DEV_DOCS = Path.of("../shared/eval/dev/docs");
    private static Path store;
    private static Path withDevSet;

    private DataStore() {}

    public static synchronized Path get() {
        if (store == null) {
            store = buildOnce("actorgraph-data-store", "data");
        }
        return store;
    }

    /**
     * A second store: {@code data/} and the development set ({@code ../shared/eval/dev/docs}, when it is
     * there). The seed article is in both; the second build skips it as unchanged.
     */
    public static synchronized Path withDevSet() {
        if (withDevSet == null) {
            withDevSet = buildOnce("actorgraph-data-dev-store", "data");
            if (Files.isDirectory(DEV_DOCS)) {
                Kg.build(withDevSet, DEV_DOCS.toString());
            }
        }
        return withDevSet;
    }

    private static Path buildOnce(String prefix, String input) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Path s = dir.resolve("store");
            Kg.build(s, input);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the data store in {@code dir}, for a test that serves or changes it. */
    public static Path copy(Path dir) throws IOException {
        Path from = get();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().equals("tdb.lock")) {
                    continue;
                }
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
