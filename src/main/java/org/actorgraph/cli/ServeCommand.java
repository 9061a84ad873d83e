package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.serve.KgServer;
import org.actorgraph.serve.ServeOptions;
import org.actorgraph.store.KgStore;
import org.apache.jena.fuseki.FusekiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP with an embedded Fuseki (SPARQL, Graph Store Protocol).",
                "The dataset is /kg (SPARQL query at /kg/sparql "
                + "and /kg/query, Graph Store Protocol read at /kg/data and /kg/get). The default graph is the union of "
                + "the named graphs. Read-only unless --allow-update. Each request is logged in one line on stderr. "
                + "Ctrl-C stops it."})
public final class ServeCommand extends KgCommand {
    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port, and the URL printed says which).")
    int port;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = ServeOptions.DEFAULT_DATASET,
            description = "Dataset name in the URLs (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--allow-update", description = "Opens SPARQL Update (/NAME/update) and Graph Store Protocol writes "
            + "(/NAME/data) to the users of --password-file (HTTP basic auth). Queries stay open to all.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to update, one 'user: password' "
            + "a line (Jetty realm file format). Required by --allow-update.")
    Path passwordFile;

    @Mixin
    TimeoutOption timeout;

    @Option(names = "--max-request-size", paramLabel = "MB", defaultValue = "" + ServeOptions.DEFAULT_MAX_REQUEST_MB,
            description = "Refuses request bodies larger than this with HTTP 413 (default: ${DEFAULT-VALUE} MB).")
    long maxRequestMb;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (allowUpdate && passwordFile == null) {
            throw KgError.usage("--allow-update needs --password-file (updates are only open to known users)");
        }
        ServeOptions options;
        try {
            options = new ServeOptions(host, port, name, allowUpdate, passwordFile, timeout.millis(),
                    maxRequestMb * 1024 * 1024, List.of());
        } catch (IllegalArgumentException e) {
            throw KgError.usage(e.getMessage(), e);
        }
        KgStore kg = KgStore.openExisting(store.path());
        KgServer server;
        try {
            server = KgServer.start(kg, options);
        } catch (IllegalArgumentException | FusekiException e) {
            kg.close();
            throw KgError.failed("cannot start on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        Thread stop = new Thread(() -> {
            server.close();
            kg.close();
            report("stopped, store closed");
        }, "kg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        String url = server.datasetUrl();
        out.println("Serving " + store.path() + " at " + url + (allowUpdate ? " (update allowed for the users of "
                + passwordFile + ")" : " (read-only)"));
        out.println("SPARQL query: " + url + "/sparql   Graph Store Protocol: " + url + "/data"
                + (allowUpdate ? "   SPARQL Update: " + url + "/update" : ""));
        out.println("Ctrl-C stops the server.");
        out.flush();
        server.join();
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
