package org.actorgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The one place that opens and writes the TDB2 store. Every write is a transaction (one per batch of
 * documents), so a crash leaves each document either wholly in the store or not at all. Queries see the union of the named graphs as
 * their default graph.
 */
public final class KgStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens (or creates) the store in a folder; refuses a folder that holds something else. */
    public static KgStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreError(dir + ": not a folder, cannot hold a TDB2 store");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeTdb2(dir)) {
            throw new StoreError(dir + ": not a TDB2 store (the folder holds other files); choose an empty or new folder");
        }
        try {
            if (!Files.isDirectory(dir) || isEmpty(dir)) {
                NewStore.create(dir);
            }
            return new KgStore(dir, JournalTail.connect(dir));
        } catch (DBOpEnvException e) {
            if (StoreLock.isLockFailure(e)) {
                throw new StoreError(StoreLock.inUseMessage(dir, e), e);
            }
            StoreLock.releaseHere(dir);
            throw new StoreError(dir + ": cannot open the TDB2 store (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            StoreLock.releaseHere(dir);
            throw new StoreError(dir + ": cannot open the TDB2 store (" + DiskSpace.explain(dir, e) + ")", e);
        }
    }

    /** Opens a store that must already exist. */
    public static KgStore openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeTdb2(dir)) {
            throw new StoreError(dir + ": no TDB2 store here (run 'kg build --store " + dir + "' first)");
        }
        return open(dir);
    }

    static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(KgStore::isDataFolder);
        } catch (IOException e) {
            return false;
        }
    }

    /** One of TDB2's generations of a store's data ("Data-0001"). */
    static boolean isDataFolder(Path p) {
        return p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces several named graphs in one write transaction: after a crash the store holds all of them
     * or none, so each document is either wholly there (with its hash) or absent. A failed write (a full
     * disk shows up as an InternalError from TDB2's memory-mapped files) is aborted: the store keeps what
     * it held before.
     */
    public void replaceGraphs(Map<String, Model> graphs) {
        try {
            Txn.executeWrite(dataset, () -> graphs.forEach(dataset::replaceNamedModel));
        } catch (RuntimeException | InternalError e) {
            throw new StoreError(dir + ": cannot write to the store (" + DiskSpace.explain(dir, e)
                    + "); " + (graphs.size() == 1 ? "the document was" : "the " + graphs.size() + " documents of this batch were")
                    + " not written, and what the store held before is kept", e);
        }
    }

    /**
     * The value of one property of each graph's own node (graph IRI as subject, inside that graph), for
     * the graphs that have it; one read transaction for all of them.
     */
    public Map<String, String> graphNodeValues(Collection<String> graphIris, String property) {
        Node p = NodeFactory.createURI(property);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<String, String> values = new HashMap<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                var it = dsg.find(g, g, p, Node.ANY);
                if (it.hasNext()) {
                    values.put(iri, it.next().getObject().getLiteralLexicalForm());
                }
            }
            return values;
        });
    }

    /**
     * Loads RDF files (N-Quads, TriG, or any syntax Jena reads) with TDB2's bulk loader, in one load. Every file is
     * parsed to the end first, so a syntax error in any of them leaves the store as it was. Returns the quads read.
     */
    public long bulkLoad(List<Path> files) {
        long[] count = {0};
        StreamRDF counter = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                count[0]++;
            }

            @Override
            public void quad(Quad quad) {
                count[0]++;
            }
        };
        for (Path file : files) {
            try {
                RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(counter);
            } catch (RiotException e) {
                throw new RiotException(file + ": " + e.getMessage(), e);
            }
        }
        DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        try {
            files.forEach(f -> loader.load(f.toString()));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return count[0];
    }

    /** A query execution over the union of the named graphs; the caller consumes it inside {@link #read}. */
    public QueryExecution execution(Query query) {
        return execution(query, 0);
    }

    /** As {@link #execution(Query)}, cut after {@code timeoutMillis} (no limit when 0 or less). */
    public QueryExecution execution(Query query, long timeoutMillis) {
        var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    /**
     * The dataset for a SPARQL server: the default graph is the union of the named graphs, and a query
     * is cut after {@code timeoutMillis} (no limit when 0 or less). These settings go into the dataset's
     * own context, so they hold for every query the server runs until the store is closed.
     */
    public DatasetGraph servedDataset(long timeoutMillis) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (timeoutMillis > 0) {
            dsg.getContext().set(ARQ.queryTimeout, timeoutMillis);
        } else {
            dsg.getContext().remove(ARQ.queryTimeout);
        }
        return dsg;
    }

    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** The names of the named graphs, one per document, in IRI order. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            Collections.sort(names);
            return names;
        });
    }

    /** Validates each named graph on its own, as {@code kg build} did before writing it. */
    public void validate(ShapeValidator validator, BiConsumer<String, ShapeValidator.Violations> each) {
        Txn.executeRead(dataset, () -> {
            for (String name : graphNames()) {
                each.accept(name, validator.validate(dataset.asDatasetGraph().getGraph(NodeFactory.createURI(name))));
            }
        });
    }

    /**
     * Writes the whole store: with a dataset format (TriG, N-Quads, JSON-LD) every named graph is kept;
     * with a triple format (Turtle) the union of the graphs is written.
     */
    public void export(OutputStream out, RDFFormat format) {
        Txn.executeRead(dataset, () -> {
            if (RDFLanguages.isQuads(format.getLang())) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), format);
            } else {
                RDFDataMgr.write(out, dataset.asDatasetGraph().getUnionGraph(), format);
            }
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.listNames();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        if (dataset.isInTransaction()) {
            dataset.end();
        }
        TDBInternal.expel(dataset.asDatasetGraph());
    }

}
