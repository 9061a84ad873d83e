package org.actorgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire dispatch ("TAIPEI, 22 décembre 2024 - "). It is not part of the first
 * sentence: left in, the parser makes the city its subject. It is blanked (same length, so offsets hold)
 * before parsing, and its date is read.
 */
public final class Dateline {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M}'’ .-]+(?:\\s*\\([^)\\n]{1,40}\\))?,\\s*(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\s+(\\d{4})"
            + "(?:\\s*\\([^)\\n]{1,40}\\))?\\s*[-–—]+\\s*");

    private Dateline() {}

    /** The text with its dateline replaced by spaces; the text itself when it has none. */
    public static String blank(String text) {
        Matcher m = find(text);
        return m == null ? text : " ".repeat(m.end()) + text.substring(m.end());
    }

    /** The ISO date of the dateline, or null. */
    public static String date(String text) {
        Matcher m = find(text);
        return m == null ? null : String.format("%s-%02d-%02d", m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** The dateline's match, when the text opens with one whose month is a French month name. */
    private static Matcher find(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() && month(m.group(2)) != 0 ? m : null;
    }

    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return 0;
    }
}
