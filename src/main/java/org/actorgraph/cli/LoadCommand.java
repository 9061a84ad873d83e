package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.actorgraph.store.KgStore;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads RDF dataset files (N-Quads .nq or TriG .trig, optionally .gz) into the store with"
                + " TDB2's bulk loader, for example an export, or the part files of the Spark job.",
                "Every file is checked to the end before anything is written: bad RDF leaves the store as it was."})
public final class LoadCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".nq or .trig files (or .nq.gz, .trig.gz).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = out();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
            if (!name.endsWith(".nq") && !name.endsWith(".trig")) {
                throw KgError.failed(file + ": unsupported file type (expected .nq or .trig, optionally .gz)");
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw KgError.failed(file + ": no such readable file");
            }
        }
        long t0 = System.nanoTime();
        try (KgStore kg = KgStore.open(store.path())) {
            long quads = kg.bulkLoad(files);
            out.printf(Locale.ROOT, "loaded %d quads from %s in %.1f s; store: %s, %d graphs, %d quads%n", quads,
                    files.size() == 1 ? files.get(0) : files.size() + " files", (System.nanoTime() - t0) / 1e9, kg.dir(),
                    kg.graphCount(), kg.quadCount());
            out.flush();
            return Main.OK;
        } catch (RiotException e) {
            throw KgError.failed("not valid RDF: " + e.getMessage() + "; nothing was loaded", e);
        }
    }
}
