package org.actorgraph.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a TDB2 store all at once. TDB2 lays out a new store's files one by one, and a process killed
 * in those milliseconds leaves a folder it cannot open ("Node block manager empty"). So the store is
 * made in a hidden folder beside the target and renamed into place; a killed creation leaves only that
 * hidden folder, removed by the next creation.
 */
final class NewStore {
    private NewStore() {}

    private static final String SUFFIX = ".creating-";

    static void create(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String prefix = "." + dir.getFileName() + SUFFIX;
        removeAbandoned(parent, prefix);
        Path staging = parent.resolve(prefix + ProcessHandle.current().pid());
        deleteTree(staging);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(staging.toString()));
        try {
            Files.move(staging, dir.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not renamable into place (say, the folder is a mount point): create it where it is.
            deleteTree(staging);
            Files.createDirectories(dir);
        }
    }

    /** Deletes the staging folders of creations whose process is gone. */
    private static void removeAbandoned(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path p : found) {
                String pid = p.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteTree(p);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
