package org.actorgraph.viz;

/**
 * JSON made safe to stand inside an HTML script element: the characters that could end the element or
 * start markup ({@code <}, {@code >}, {@code &}) and the line separators that older JavaScript treats
 * as line ends (U+2028, U+2029) are written as JSON \\u escapes. Outside strings JSON never uses them,
 * so the result is the same JSON value.
 */
public final class ScriptJson {
    private ScriptJson() {}

    public static String escape(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
