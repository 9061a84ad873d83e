package org.actorgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.store.KgStore;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server class itself: extra pages plug in beside the dataset, request bodies are limited, queries time out. */
class KgServerTest {
    static final HttpClient http = HttpClient.newHttpClient();

    static final class Hello extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().print("page at " + req.getRequestURI());
        }
    }

    @Test
    void pagesAreServedBesideTheDatasetAndLargeBodiesRefused(@TempDir Path dir) throws Exception {
        Path store = DataStore.copy(dir.resolve("store"));
        Path realm = Files.writeString(dir.resolve("realm"), "a: b\n");
        ServeOptions options = new ServeOptions("127.0.0.1", 0, "kg", true, realm, 0, 1000,
                List.of(new Page("/viz/*", new Hello())));
        try (KgStore kg = KgStore.openExisting(store); KgServer server = KgServer.start(kg, options)) {
            String base = server.datasetUrl().replaceAll("/kg$", "");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/viz/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("page at /viz/index.html", page.body());

            String big = "<urn:a> <urn:b> \"" + "x".repeat(5000) + "\" .";
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=urn:g"))
                    .header("Content-Type", "text/turtle")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("a:b".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, post.statusCode());
        }
        assertEquals(Kg.quadCount(DataStore.get()), Kg.quadCount(store), "nothing was written");
    }

    @Test
    void queriesRunningPastTheTimeoutAreCut(@TempDir Path dir) throws Exception {
        Path store = DataStore.copy(dir.resolve("store"));
        ServeOptions options = new ServeOptions("127.0.0.1", 0, "kg", false, null, 1000,
                ServeOptions.DEFAULT_MAX_REQUEST_MB * 1024L * 1024, List.of());
        try (KgStore kg = KgStore.openExisting(store); KgServer server = KgServer.start(kg, options)) {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            Kg.Run r = Kg.expect(1, "query", "--endpoint", server.datasetUrl() + "/sparql", "-e", slow);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().contains("503"), r::toString);
        }
    }
}
