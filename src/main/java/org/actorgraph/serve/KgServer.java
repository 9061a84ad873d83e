package org.actorgraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.store.KgStore;
import org.actorgraph.viz.VizServlet;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * An embedded Fuseki serving one {@link KgStore} as a dataset. Read-only: SPARQL query at
 * {@code /NAME/sparql}, {@code /NAME/query} and {@code /NAME}, Graph Store Protocol read at {@code /NAME/data}
 * and {@code /NAME/get}. With update allowed, SPARQL Update at {@code /NAME/update} and Graph Store Protocol
 * read and write at {@code /NAME/data} need a user of the password file (HTTP basic auth); queries and
 * {@code /NAME/get} stay open. Each request is logged in one line (logger {@code org.actorgraph.serve.Requests}).
 */
public final class KgServer implements AutoCloseable {
    /** SLF4J logger of the one-line request log. */
    public static final String REQUEST_LOG = "org.actorgraph.serve.Requests";

    private final FusekiServer server;
    private final ServeOptions options;

    private KgServer(FusekiServer server, ServeOptions options) {
        this.server = server;
        this.options = options;
    }

    /** The pages every {@code kg serve} offers beside the dataset: the visualisation at {@code /viz}. */
    public static List<Page> standardPages(KgStore store, ServeOptions options) {
        return List.of(new Page("/viz", new VizServlet("/" + options.datasetName() + "/sparql")));
    }

    /** Starts serving the store; the caller keeps the store open until {@link #close()}. */
    public static KgServer start(KgStore store, ServeOptions options) {
        DataService.Builder service = DataService.newBuilder(store.servedDataset(options.queryTimeoutMillis()));
        service.addEndpoint(Operation.Query, "");
        service.addEndpoint(Operation.Query, "sparql");
        service.addEndpoint(Operation.Query, "query");
        service.addEndpoint(Operation.GSP_R, "get");
        if (options.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER);
            service.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        } else {
            service.addEndpoint(Operation.GSP_R, "");
            service.addEndpoint(Operation.GSP_R, "data");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enablePing(true)
                .add("/" + options.datasetName(), service.build());
        if (options.passwordFile() != null) {
            builder.securityHandler(BasicAuth.securityHandler(options.passwordFile()));
        }
        List<Page> pages = new ArrayList<>(standardPages(store, options));
        pages.addAll(options.pages());
        pages.forEach(p -> builder.addServlet(p.pathSpec(), p.servlet()));
        FusekiServer fuseki = builder.build();
        configureJetty(fuseki.getJettyServer(), options);
        fuseki.start();
        return new KgServer(fuseki, options);
    }

    /** Binds the host, limits request bodies (413 beyond the limit) and logs each request in one line. */
    private static void configureJetty(Server jetty, ServeOptions options) {
        for (var c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        SizeLimitHandler limit = new SizeLimitHandler(options.maxRequestBytes(), -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(REQUEST_LOG);
        jetty.setRequestLog(new CustomRequestLog(writer, "%{client}a \"%r\" %s %O bytes %{ms}T ms"));
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "localhost";
        }
        return "http://" + host + ":" + port() + "/" + options.datasetName();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
