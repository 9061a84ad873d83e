package org.actorgraph.viz;

import java.util.Collection;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Colours, shapes and line styles of the graph (resource viz/style.json), shared by the page and the
 * DOT and GraphML exports so that all three draw the graph alike.
 */
public final class VizStyle {
    private final String json;
    private final JsonObject root;

    private VizStyle(String json) {
        this.json = json;
        this.root = JSON.parse(json);
    }

    public static VizStyle bundled() {
        return new VizStyle(Resources.text("viz/style.json"));
    }

    /** The style file's text, for the page. */
    public String json() {
        return json;
    }

    public String kindColor(String kind) {
        return kind(kind, "color", "#999999");
    }

    public String kindDotShape(String kind) {
        return kind(kind, "dotShape", "ellipse");
    }

    public String relationColor(String relation) {
        var r = root.get("relations").getAsObject().get(relation);
        return r == null ? "#333333" : r.getAsObject().get("color").getAsString().value();
    }

    /** The line style (solid, dashed, dotted) of an edge whose strongest status is this one. */
    public String line(String status) {
        for (var s : statuses()) {
            JsonObject o = s.getAsObject();
            if (o.get("name").getAsString().value().equals(status)) {
                return o.get("line").getAsString().value();
            }
        }
        return "solid";
    }

    /** The status that comes first in the style's order (delivered before negotiating); "" for none. */
    public String strongest(Collection<String> statuses) {
        for (var s : statuses()) {
            String name = s.getAsObject().get("name").getAsString().value();
            if (statuses.contains(name)) {
                return name;
            }
        }
        return statuses.stream().filter(x -> !x.isEmpty()).findFirst().orElse("");
    }

    private JsonArray statuses() {
        return root.get("statuses").getAsArray();
    }

    private String kind(String kind, String field, String fallback) {
        var k = root.get("kinds").getAsObject().get(kind);
        return k == null ? fallback : k.getAsObject().get(field).getAsString().value();
    }
}
