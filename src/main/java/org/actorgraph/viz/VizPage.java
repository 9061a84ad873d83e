package org.actorgraph.viz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The self-contained page that draws the actor graph: the graph library (Cytoscape.js and its fcose
 * layout, read from their WebJars on the classpath) inlined, the style, and the data either embedded as
 * SPARQL JSON results or fetched by POSTing the actor-graph query to a SPARQL endpoint.
 */
public final class VizPage {
    /** WebJar, file inside it: the scripts the page inlines, in loading order. */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] {"cytoscape", "dist/cytoscape.min.js"},
            new String[] {"layout-base", "layout-base.js"},
            new String[] {"cose-base", "cose-base.js"},
            new String[] {"cytoscape-fcose", "cytoscape-fcose.js"});
    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z]+)\\}\\}");

    private VizPage() {}

    /** A page that carries its data: the SPARQL JSON results of the actor-graph query. */
    public static String embedded(String sparqlJson) {
        JsonObject config = new JsonObject();
        config.put("mode", "embedded");
        return render(config, sparqlJson);
    }

    /**
     * A page that POSTs the bundled actor-graph query to a SPARQL endpoint (a path on the same server such
     * as {@code /kg/sparql}, or a full URL) and draws the answer; for {@code kg serve} at {@code /viz}.
     */
    public static String live(String sparqlEndpoint) {
        JsonObject config = new JsonObject();
        config.put("mode", "live");
        config.put("endpoint", sparqlEndpoint);
        config.put("query", GraphQuery.bundledText());
        return render(config, "null");
    }

    private static String render(JsonObject config, String dataJson) {
        StringBuilder libraries = new StringBuilder();
        for (String[] lib : LIBRARIES) {
            libraries.append("<script>").append(script(webJarText(lib[0], lib[1]), lib[0])).append("</script>\n");
        }
        String template = Resources.text("viz/page.html");
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        // One pass over the template: text put into a slot is never scanned for slots itself.
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "LIBRARIES" -> libraries.toString();
                case "CONFIG" -> ScriptJson.escape(config.toString());
                case "STYLE" -> ScriptJson.escape(VizStyle.bundled().json());
                case "DATA" -> ScriptJson.escape(dataJson);
                case "SCRIPT" -> script(Resources.text("viz/actor-graph.js"), "actor-graph.js");
                default -> throw new IllegalStateException("viz/page.html: unknown slot " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Script text as it may stand inside a script element: it must not close the element early. */
    private static String script(String js, String name) {
        String lower = js.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(name + ": contains </script or <!--, cannot be inlined");
        }
        return js;
    }

    private static String webJarText(String artifact, String file) {
        Properties pom = new Properties();
        String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (var in = VizPage.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("WebJar org.webjars.npm:" + artifact + " is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(props + ": " + e.getMessage(), e);
        }
        return Resources.text("META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file);
    }
}
