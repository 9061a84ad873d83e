package org.actorgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store of its own in a new temporary folder, for a command that builds to look and then throws the build away
 * ({@code kg evaluate}): closing it deletes the folder, and so does the end of the JVM if it was not closed.
 */
public final class TemporaryStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryStore.class);

    private final Path folder;
    private final KgStore store;
    private final Thread cleanup;

    private TemporaryStore(Path folder, KgStore store) {
        this.folder = folder;
        this.store = store;
        this.cleanup = new Thread(() -> deleteQuietly(folder), "kg-temporary-store");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** A new, empty store under the system's temporary folder; {@code prefix} starts the folder's name. */
    public static TemporaryStore create(String prefix) {
        Path folder;
        try {
            folder = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new StoreError("cannot create a temporary folder for the store (" + e.getMessage() + ")", e);
        }
        try {
            return new TemporaryStore(folder, KgStore.open(folder.resolve("store")));
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    public KgStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            deleteQuietly(folder);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it deletes what is left
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            NewStore.deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary store {} ({})", folder, e.getMessage());
        }
    }
}
