package org.actorgraph.cli;

import org.actorgraph.store.KgStore;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store as standard RDF that Fuseki and other stores load.",
                "trig, nq and jsonld keep one named graph per document; ttl writes the union of the graphs.",
                "Writes to standard output unless --out FILE."})
public final class ExportCommand extends KgCommand {
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

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.path())) {
            output.write(commandLine(), null, out -> kg.export(out, format.rdf));
        }
        return Main.OK;
    }
}
