package org.actorgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Says in words why a store could not be written, naming a full disk when that is the cause. */
final class DiskSpace {
    private DiskSpace() {}

    /** Below this much free space a failed write is put down to a full disk. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    static String explain(Path dir, Throwable e) {
        long free = usableSpace(dir);
        if ((free >= 0 && free < NEARLY_FULL_BYTES) || mentionsNoSpace(e)) {
            return "the disk is full: " + (free >= 0 ? free / 1024 + " kB" : "no space") + " left on it; free some space"
                    + " and build again";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static boolean mentionsNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static long usableSpace(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace();
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
