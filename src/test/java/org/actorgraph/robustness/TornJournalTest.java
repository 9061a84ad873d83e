package org.actorgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentIds;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed while TDB2 writes its journal leaves a half-written entry at the journal's end (seen in
 * CrashTest once: "Failed to read the journal entry data: wanted 16 bytes, got -1"). The journal is torn
 * here with Jena's own journal writer: an uncommitted change, then the file cut inside an entry. The
 * store must still open with everything committed before, and take new documents.
 */
class TornJournalTest {
    private static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";

    @TempDir
    Path tmp;

    /** bytesCut: inside the change's data, inside the COMMIT entry's header. */
    @ParameterizedTest
    @ValueSource(ints = {5, 20})
    void aJournalTornByAKillIsCutBackAndTheStoreOpensWhole(int bytesCut) throws Exception {
        Path store = tmp.resolve("store");
        Kg.build(store, Inputs.write(tmp.resolve("in/calme.txt"), Inputs.CALM).toString());
        List<Map<String, String>> committed = Kg.select(store, QUADS);
        Path journalFile = tearJournal(store.resolve("Data-0001"), bytesCut);

        assertEquals(committed, Kg.select(store, QUADS), "the store opens with what was committed");
        assertEquals(0, Files.size(journalFile), "the uncommitted, torn entries are gone");
        Kg.Run more = Kg.build(store, Inputs.write(tmp.resolve("in2/marche.txt"), Inputs.MARKET).toString());
        assertTrue(more.out().contains("1 written"), more::toString);
        assertEquals(2, Kg.graphCount(store));
    }

    /** Writes a change and a COMMIT as a committing TDB2 would, then cuts the file bytesCut before its end. */
    private static Path tearJournal(Path data, int bytesCut) throws Exception {
        Journal journal = Journal.create(Location.create(data));
        journal.write(JournalEntryType.REDO, ComponentIds.idSystem, ByteBuffer.wrap(new byte[16]));
        journal.writeJournal(JournalEntry.COMMIT);
        journal.sync();
        journal.close();
        Path file = data.resolve("journal.jrnl");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - bytesCut);
        }
        return file;
    }
}
