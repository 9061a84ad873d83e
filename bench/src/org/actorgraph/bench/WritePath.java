package org.actorgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.actorgraph.store.KgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;

/**
 * (d) the store side alone. {@code dump STORE OUT.nq} writes a store as N-Quads; {@code write OUT_STORE IN.nq BATCH}
 * writes the quads through ActorGraph's own write path (one model per document graph, {@link KgStore#replaceGraphs}
 * every BATCH documents; the file is read and grouped by graph first, outside the time), to compare with {@code kg load}
 * (TDB2's bulk loader) on the same file.
 */
public final class WritePath {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("dump")) {
            try (KgStore kg = KgStore.open(Path.of(args[1])); var out = Files.newOutputStream(Path.of(args[2]))) {
                kg.read(() -> {
                    RDFDataMgr.write(out, kg.dataset().asDatasetGraph(), Lang.NQUADS);
                    return null;
                });
            }
            return;
        }
        Path store = Path.of(args[1]);
        Path nq = Path.of(args[2]);
        int batchDocs = Integer.parseInt(args[3]);
        long quads = 0;
        long graphs = 0;
        // A store's N-Quads are not grouped by graph: gather each document's graph first, as kg build has it.
        Map<Node, Model> byGraph = new LinkedHashMap<>();
        var it = AsyncParser.asyncParseQuads(nq.toString());
        while (it.hasNext()) {
            Quad q = it.next();
            byGraph.computeIfAbsent(q.getGraph(), g -> ModelFactory.createDefaultModel()).getGraph().add(q.asTriple());
            quads++;
        }
        long t0 = System.nanoTime();
        try (KgStore kg = KgStore.open(store)) {
            Map<String, Model> batch = new LinkedHashMap<>();
            for (Map.Entry<Node, Model> e : byGraph.entrySet()) {
                batch.put(e.getKey().getURI(), e.getValue());
                graphs++;
                if (batch.size() >= batchDocs) {
                    kg.replaceGraphs(batch);
                    batch.clear();
                }
            }
            kg.replaceGraphs(batch);
        }
        System.out.printf(Locale.ROOT, "quads=%d graphs=%d work_s=%.2f%n", quads, graphs, (System.nanoTime() - t0) / 1e9);
    }
}
