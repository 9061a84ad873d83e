package org.actorgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import java.util.regex.Pattern;

/**
 * TDB2's process lock: a store is opened by one process at a time, which writes its PID into
 * {@code tdb.lock} and holds an OS file lock on it. The OS lock dies with the process, so the lock of a
 * crashed process is stale and TDB2 takes it over; only a live process blocks another.
 */
final class StoreLock {
    private StoreLock() {}

    static final String LOCK_FILE = "tdb.lock";
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    static boolean isLockFailure(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Failed to get a lock");
    }

    static String inUseMessage(Path dir, RuntimeException e) {
        String pid = ownerPid(dir, e.getMessage());
        return dir + ": the store is in use by process " + pid
                + " (a running 'kg serve' or another 'kg build'); wait for it to finish, or send articles to the"
                + " running server with 'kg push'";
    }

    /**
     * Gives up the locks this process took on a store it then failed to open: TDB2 takes them first and
     * does not let go when opening fails, so the next attempt in this process would find the store "in
     * use" by itself.
     */
    static void releaseHere(Path dir) {
        DatabaseConnection.internalExpel(Location.create(dir), true);
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(LOCK_FILE)).toList()) {
                ProcessFileLock lock = ProcessFileLock.create(f.toString());
                if (lock.isLockedHere()) {
                    ProcessFileLock.release(lock);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Nothing more can be done; the process will release its locks when it ends.
        }
    }

    /** True when this process holds the store's lock (so no other process is writing to it). */
    static boolean heldHere(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        return Files.exists(lockFile) && ProcessFileLock.create(lockFile.toString()).isLockedHere();
    }

    /** The PID named in Jena's message, else the one in the lock file, else "?" . */
    static String ownerPid(Path dir, String message) {
        Matcher m = HELD_BY.matcher(message == null ? "" : message);
        if (m.find()) {
            return m.group(1);
        }
        try {
            String pid = Files.readString(dir.resolve(LOCK_FILE)).strip();
            return pid.matches("\\d+") ? pid : "?";
        } catch (IOException ex) {
            return "?";
        }
    }
}
