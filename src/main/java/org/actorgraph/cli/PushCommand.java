package org.actorgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.serve.Pusher;
import org.actorgraph.store.KgStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Loads the store (or RDF files) into a running Fuseki over the SPARQL Graph Store Protocol.",
                "Sends in batches and reports the triples sent and the triples the dataset holds afterwards. Pushing the "
                + "same data again adds nothing; after a failure, the batches already sent stay on the server."})
public final class PushCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The target dataset, e.g. http://127.0.0.1:3030/kg (Graph Store Protocol at URL/data).")
    String to;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to push instead of the store "
            + "(N-Quads, TriG, Turtle, N-Triples, RDF/XML, JSON-LD; the extension says which).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic auth (with --password-file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password of --user.")
    Path passwordFile;

    static final class Layout {
        @Option(names = "--graph-per-document", description = "Each document's named graph to the graph of the same "
                + "name (the default); triples of a Turtle or N-Triples file go to the default graph.")
        boolean perDocument;

        @Option(names = "--graph", paramLabel = "IRI", description = "Everything into this one graph ('default' for the "
                + "target's default graph).")
        String graph;
    }

    @ArgGroup(exclusive = true)
    Layout layout;

    @Option(names = "--batch", paramLabel = "TRIPLES", defaultValue = "10000",
            description = "Triples per HTTP request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (!files.isEmpty() && commandLine().getParseResult().hasMatchedOption("--store")) {
            throw KgError.usage("give either --store or FILEs, not both");
        }
        if ((user == null) != (passwordFile == null)) {
            throw KgError.usage("--user and --password-file go together");
        }
        if (batch < 1) {
            throw KgError.usage("--batch must be at least 1");
        }
        if (!to.matches("(?i)^https?://\\S+")) {
            throw KgError.usage("--to " + to + ": not an http(s) URL");
        }
        String password = null;
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw KgError.failed(passwordFile + ": cannot read the password file (" + e.getMessage() + ")", e);
            }
        }
        Pusher.Target target = layout == null || layout.graph == null ? new Pusher.Target.SameGraphs()
                : new Pusher.Target.OneGraph(layout.graph.equals("default") ? null : NodeFactory.createURI(layout.graph));
        Pusher pusher = new Pusher(to, user, password, batch);
        try {
            Pusher.Progress progress = files.isEmpty() ? pushStore(pusher, target) : pushFiles(pusher, target);
            Pusher.Present present = pusher.present(progress);
            out.println("pushed " + progress.triplesSent() + " triples in " + batches(progress.batches()) + " to "
                    + pusher.datasetUrl() + "; it now holds " + present.inNamedGraphs() + " triples in named graphs"
                    + (present.inDefaultGraph() >= 0 ? " and " + present.inDefaultGraph() + " in its default graph" : ""));
            out.flush();
            return Main.OK;
        } catch (Pusher.PushFailed e) {
            throw KgError.failed(e.getMessage() + "; " + e.progress().triplesSent() + " triples in "
                    + batches(e.progress().batches()) + " were sent before the failure and stay on the server", e);
        }
    }

    private static String batches(long n) {
        return n + (n == 1 ? " batch" : " batches");
    }

    private Pusher.Progress pushStore(Pusher pusher, Pusher.Target target) {
        try (KgStore kg = KgStore.openExisting(store.path())) {
            return kg.read(() -> pusher.push(kg.dataset().asDatasetGraph(), target));
        }
    }

    private Pusher.Progress pushFiles(Pusher pusher, Pusher.Target target) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw KgError.failed(f + ": no such file");
            }
            try {
                RDFDataMgr.read(all, f.toString());
            } catch (RiotException e) {
                throw KgError.failed(f + ": not readable as RDF (" + e.getMessage() + ")", e);
            }
        }
        return pusher.push(all, target);
    }
}
