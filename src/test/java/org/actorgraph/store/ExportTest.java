package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kg export}: what it writes parses with Jena's own parsers and holds exactly what the store holds. */
class ExportTest {
    static Path store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        store = DataStore.withDevSet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void datasetFormatsKeepEveryNamedGraph(String format) {
        Path out = tmp.resolve("kg." + format);
        Kg.expect(Main.OK, "export", "--store", store.toString(), "--format", format, "--out", out.toString());
        DatasetGraph exported = DatasetGraphFactory.createTxnMem();
        RDFParser.source(out).lang(lang(format)).parse(exported);
        DatasetGraph stored = copyOfStore();
        List<Node> names = Iter.toList(stored.listGraphNodes());
        assertFalse(names.isEmpty());
        assertEquals(names.size(), Iter.toList(exported.listGraphNodes()).size());
        for (Node g : names) {
            assertTrue(stored.getGraph(g).isIsomorphicWith(exported.getGraph(g)), () -> format + ": graph differs: " + g);
        }
        assertTrue(exported.getDefaultGraph().isEmpty(), "nothing outside the named graphs");
    }

    @Test
    void turtleHoldsTheUnionOfTheGraphs() {
        Kg.Run r = Kg.expect(Main.OK, "export", "--store", store.toString(), "--format", "ttl");
        Graph exported = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(exported);
        DatasetGraph stored = copyOfStore();
        assertTrue(stored.getUnionGraph().isIsomorphicWith(exported));
    }

    @Test
    void exportToAnUnwritablePlaceFailsInOneLineAndLeavesNoFile() throws Exception {
        Path dir = tmp.resolve("not-a-folder");
        Files.writeString(dir, "x", StandardCharsets.UTF_8);
        Path out = dir.resolve("kg.nq");
        Kg.Run r = Kg.expect(Main.FAILED, "export", "--store", store.toString(), "--format", "nq", "--out", out.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(out.toString()), r::toString);
    }

    @Test
    void outDashIsStandardOutput() {
        Kg.Run dash = Kg.expect(Main.OK, "export", "--store", store.toString(), "--format", "nq", "--out", "-");
        Kg.Run none = Kg.expect(Main.OK, "export", "--store", store.toString(), "--format", "nq");
        assertFalse(none.out().isEmpty());
        assertEquals(none.out(), dash.out());
    }

    @Test
    void exportOfAMissingStoreSaysSo() {
        Kg.Run r = Kg.expect(Main.FAILED, "export", "--store", tmp.resolve("none").toString());
        assertTrue(r.errLines().get(0).contains("no TDB2 store"), r::toString);
    }

    private static Lang lang(String format) {
        return switch (format) {
            case "trig" -> Lang.TRIG;
            case "nq" -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
    }

    /** An in-memory copy of the store, read in one transaction through the store class. */
    private static DatasetGraph copyOfStore() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (KgStore kg = KgStore.openExisting(store)) {
            kg.read(() -> {
                kg.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return null;
            });
        }
        return copy;
    }
}
