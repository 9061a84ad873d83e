package org.actorgraph.serve;

import jakarta.servlet.http.HttpServlet;

/**
 * A servlet served beside the SPARQL dataset, e.g. the visualisation at {@code /viz/*}.
 *
 * @param pathSpec servlet path spec, e.g. {@code /viz/*}
 * @param servlet what answers there
 */
public record Page(String pathSpec, HttpServlet servlet) {}
