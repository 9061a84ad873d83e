package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.actorgraph.store.KgStore;
import org.actorgraph.store.StoreError;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store as standard RDF that Fuseki and other stores load.",
                "trig, nq and jsonld keep one named graph per document; ttl writes the union of the graphs."})
public final class ExportCommand implements Callable<Integer> {
    public enum Format {
        trig(RDFFormat.TRIG_BLOCKS), nq(RDFFormat.NQUADS), ttl(RDFFormat.TURTLE_BLOCKS), jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, defaultValue = "trig",
            description = "RDF format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (KgStore kg = KgStore.openExisting(store.path())) {
            if (outFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.flush();
                try (QueryCommand.WriterOutputStream bytes = new QueryCommand.WriterOutputStream(out)) {
                    kg.export(bytes, format.rdf);
                }
                return Main.OK;
            }
            return writeFile(kg, err);
        } catch (StoreError e) {
            err.println("kg export: " + e.getMessage());
            return Main.FAILED;
        }
    }

    /** Writes next to the target and renames at the end, so that a failed export leaves no partial file. */
    private int writeFile(KgStore kg, PrintWriter err) {
        Path target = outFile.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                kg.export(out, format.rdf);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("kg export: " + outFile + ": cannot write (" + e.getMessage() + ")");
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the error above is what the user needs to see
            }
            return Main.FAILED;
        }
    }
}
