package org.actorgraph.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** JSON escaped for a script element keeps its value and holds none of the characters that could end it. */
class ScriptJsonTest {
    @Test
    void escapesMarkupAndLineSeparatorsAndKeepsTheValue() {
        String text = "</script><!-- <img onerror=x> & \u2028 \u2029 \"quoted\" \\ é";
        JsonObject o = new JsonObject();
        o.put("text", text);
        String escaped = ScriptJson.escape(o.toString());
        for (String bad : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(escaped.contains(bad), () -> bad + " left in " + escaped);
        }
        assertEquals(text, JSON.parse(escaped).get("text").getAsString().value());
    }
}
