package org.actorgraph.viz;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Serves the visualisation page that reads its graph live from a SPARQL endpoint of the same server. */
public final class VizServlet extends HttpServlet {
    private final transient byte[] page;

    public VizServlet(String sparqlEndpointPath) {
        this.page = VizPage.live(sparqlEndpointPath).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
