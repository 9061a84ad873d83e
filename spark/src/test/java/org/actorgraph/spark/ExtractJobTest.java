package org.actorgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.query.Dataset;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode over a UD French treebank sample (newspaper French, few relations) and the
 * bundled articles of data/articles (arms sales and accusations) gives, once loaded into a fresh store, the
 * same named graphs as `kg build` on the same input. Both inputs are in the repository.
 */
class ExtractJobTest {
    /** The test resource, licensed CC BY-SA 4.0: see ud-french-sequoia-er-sample.README.md beside it. */
    static final Path SEQUOIA = Path.of("src/test/resources/ud-french-sequoia-er-sample.jsonl");
    static final Path ARTICLES = Path.of("../data/articles");

    @TempDir
    static Path tmp;
    static JavaSparkContext sc;
    static Path articlesJsonl;

    @BeforeAll
    static void start() throws IOException {
        articlesJsonl = tmp.resolve("articles.jsonl");
        Files.write(articlesJsonl, articlesAsJsonLines(), StandardCharsets.UTF_8);
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("ExtractJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.stop();
        }
    }

    /** The .txt articles as JSON Lines, with the id `kg build` gives a .txt file (its name). */
    static List<String> articlesAsJsonLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", f.getFileName().toString().replaceFirst("\\.txt$", ""));
                o.addProperty("text", Files.readString(f, StandardCharsets.UTF_8));
                lines.add(o.toString());
            }
        }
        assertTrue(lines.size() >= 5, () -> "the articles of " + ARTICLES + " expected, found " + lines.size());
        return lines;
    }

    @Test
    void sparkOutputLoadedIntoAStoreEqualsKgBuildGraphByGraph() throws IOException {
        List<String> inputs = List.of(SEQUOIA.toString(), articlesJsonl.toString());
        Path out = tmp.resolve("spark-out");
        JobReport report = ExtractJob.run(sc, inputs, out.toString(), 4);
        long expectedDocs = Files.readAllLines(SEQUOIA).stream().filter(l -> !l.isBlank()).count()
                + Files.readAllLines(articlesJsonl).size();
        assertEquals(expectedDocs, report.written.value());
        assertEquals(0, report.failed.value());

        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).sorted().toList();
        }
        assertFalse(parts.isEmpty(), "N-Quads part files expected in " + out);

        Path sparkStore = tmp.resolve("spark-store");
        load(sparkStore, parts);
        Path kgStore = tmp.resolve("kg-store");
        int exit = Main.commandLine().execute("build", "--store", kgStore.toString(), "--threads", "2",
                SEQUOIA.toString(), articlesJsonl.toString());
        assertEquals(Main.OK, exit);

        DatasetGraph fromSpark = copy(sparkStore);
        DatasetGraph fromBuild = copy(kgStore);
        Set<String> sparkGraphs = names(fromSpark);
        assertEquals(names(fromBuild), sparkGraphs);
        assertEquals(expectedDocs, sparkGraphs.size());
        for (Node g : Iter.toList(fromBuild.listGraphNodes())) {
            assertTrue(fromBuild.getGraph(g).isIsomorphicWith(fromSpark.getGraph(g)), () -> "graph differs: " + g);
        }
        assertTrue(fromBuild.stream().anyMatch(q -> q.getPredicate().getURI().endsWith("#sellsArmsTo")),
                "the articles hold arms sales; the comparison must cover relations, not only documents");
    }

    @Test
    void anExistingOutputFolderIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExtractJob.run(sc, List.of(articlesJsonl.toString()), out.toString(), 1));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    /** `kg load` (TDB2's bulk loader) of the part files, as the README tells users to do. */
    static void load(Path store, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("load", "--store", store.toString()));
        files.forEach(f -> args.add(f.toString()));
        assertEquals(Main.OK, Main.commandLine().execute(args.toArray(String[]::new)), "kg load failed");
    }

    static DatasetGraph copy(Path store) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    static Set<String> names(DatasetGraph dsg) {
        Set<String> s = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> s.add(n.getURI()));
        return s;
    }
}
