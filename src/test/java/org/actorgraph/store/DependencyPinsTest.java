package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions pinned in pom.xml (servlet API, slf4j, protobuf, commons-lang3) must leave Fuseki working next
 * to CoreNLP: a real Fuseki on a loopback port serves a real TDB2 store over HTTP.
 */
class DependencyPinsTest {
    @Test
    void fusekiStartsAndAnswersOverTdb2(@TempDir Path dir) throws Exception {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Model m = ModelFactory.createDefaultModel();
        m.createResource("http://example.org/a").addProperty(m.createProperty("http://example.org/p"), "x");
        Txn.executeWrite(ds, () -> ds.addNamedModel("http://example.org/g", m));
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/kg", ds).build().start();
        try {
            String q = java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "UTF-8");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/kg/sparql?query=" + q))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().strip().endsWith("1"), r.body());
        } finally {
            server.stop();
        }
    }
}
