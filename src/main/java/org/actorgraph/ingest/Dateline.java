package org.actorgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire dispatch ("TAIPEI, 22 décembre 2024 - "), at the head of the text or of the
 * paragraph after its title. It is not part of the first sentence: left in, the parser makes the city its subject. It
 * is blanked (same length, so offsets hold) before parsing, and its date is read.
 */
public final class Dateline {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M}'’ .-]+(?:\\s*\\([^)\\n]{1,40}\\))?,\\s*(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\s+(\\d{4})"
            + "(?:\\s*\\([^)\\n]{1,40}\\))?\\s*[-–—]+\\s*", Pattern.MULTILINE);
    /** The lines a dateline may open: the first, or the one after a title and an empty line. */
    private static final int DATELINE_LINES = 3;

    private Dateline() {}

    /** The text with its dateline replaced by spaces; the text itself when it has none. */
    public static String blank(String text) {
        Matcher m = find(text);
        return m == null ? text : text.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + text.substring(m.end());
    }

    /** The ISO date of the dateline, or null. */
    public static String date(String text) {
        Matcher m = find(text);
        return m == null ? null : String.format("%s-%02d-%02d", m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** The dateline's match, when the text opens with one whose month is a French month name. */
    private static Matcher find(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() && month(m.group(2)) != 0 && text.substring(0, m.start()).lines().count() < DATELINE_LINES ? m : null;
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
