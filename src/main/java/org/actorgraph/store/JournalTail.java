package org.actorgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ChannelManager;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A commit writes its changes to TDB2's journal, then a COMMIT entry, then applies them. A process
 * killed while it writes the journal leaves a half-written entry at its end, and TDB2's recovery stops
 * there with an error ("Failed to read the journal entry data") instead of opening the store. Recovery
 * replays only the groups that end in COMMIT, so the entries after the last COMMIT were never part of
 * the store: cutting the journal back to that point is what recovery would have done with them.
 */
final class JournalTail {
    private JournalTail() {}

    private static final Logger log = LoggerFactory.getLogger(JournalTail.class);

    /** Journal entry header: data length, checksum, entry type, component id (Jena's layout). */
    private static final int HEADER_BYTES = 3 * Integer.BYTES + ComponentId.SIZE;

    /**
     * Connects to the store; when TDB2's recovery stops at a torn journal, cuts the torn tail and
     * connects again.
     */
    static Dataset connect(Path store) throws IOException {
        try {
            return TDB2Factory.connectDataset(store.toString());
        } catch (RuntimeException e) {
            if (!isTornJournal(e) || !StoreLock.heldHere(store)) {
                throw e;
            }
            // The failed attempt keeps the journal open in Jena's channel registry, which lets a file be open once.
            ChannelManager.releaseAll(store.toAbsolutePath().toString());
            long cut = cutTorn(store);
            StoreLock.releaseHere(store);
            if (cut == 0) {
                throw e;
            }
            log.warn("{}: removed the half-written end of TDB2's journal ({} bytes, left by a process killed while it"
                    + " committed); every document committed before is kept", store, cut);
            return TDB2Factory.connectDataset(store.toString());
        }
    }

    /** True when the error is TDB2's recovery tripping over a journal it cannot read to the end. */
    static boolean isTornJournal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransactionException && t.getMessage() != null
                    && t.getMessage().toLowerCase().contains("journal")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the torn tail of the journal in every data folder of the store; returns the bytes cut. Only
     * for a store whose lock this process holds: the journal of a live writer is never touched.
     */
    static long cutTorn(Path store) throws IOException {
        long cut = 0;
        try (Stream<Path> s = Files.list(store)) {
            List<Path> dataFolders = s.filter(KgStore::isDataFolder).toList();
            for (Path data : dataFolders) {
                cut += cutTornIn(Location.create(data));
            }
        }
        return cut;
    }

    private static long cutTornIn(Location data) {
        if (!Journal.exists(data)) {
            return 0;
        }
        Journal journal = Journal.create(data);
        try {
            long size = journal.size();
            long position = 0;
            long endOfLastGroup = 0;
            while (position < size) {
                JournalEntry entry;
                try {
                    entry = journal.readJournal(position);
                } catch (TransactionException torn) {
                    journal.truncate(endOfLastGroup);
                    journal.sync();
                    return size - endOfLastGroup;
                }
                ByteBuffer bytes = entry.getByteBuffer();
                position += HEADER_BYTES + (bytes == null ? 0 : bytes.capacity());
                if (entry.getType() == JournalEntryType.COMMIT || entry.getType() == JournalEntryType.ABORT) {
                    endOfLastGroup = position;
                }
            }
            return 0;
        } finally {
            journal.close();
        }
    }
}
