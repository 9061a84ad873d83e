package org.actorgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire dispatch ("TAIPEI, 22 décembre 2024 - "), at the head of the text or of the
 * paragraph after its title. It is not part of the first sentence: left in, the parser makes the city its subject. It
 * is blanked (same length, so offsets hold) before parsing, and its date is read. A dateline may leave out the year
 * (« AMMAN, 26 octobre (Agence …) – »): it is blanked all the same, and gives no date.
 */
public final class Dateline {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*(?<city>\\p{Lu}[\\p{Lu}\\p{M}'’ .-]+?)\\s*(?:\\s*\\([^)\\n]{1,40}\\))?,\\s*(?<day>\\d{1,2})(?:er)?\\s+(?<month>\\p{L}+)(?:\\s+(?<year>\\d{4}))?"
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
        return m == null || m.group("year") == null ? null
                : String.format("%s-%02d-%02d", m.group("year"), month(m.group("month")), Integer.parseInt(m.group("day")));
    }

    /**
     * The city a dateline without a year opens with, as written (« RABAT, 12 mars (Agence …) – »), or null. Such a
     * dateline was long left in the text, where its city counted as a state the dispatch names; it still does. A dated
     * one's city never counted (« MOSCOU, 28 juillet 2006 (AFP) – », over a dispatch about Caracas's purchases).
     */
    public static String undatedCity(String text) {
        Matcher m = find(text);
        return m == null || m.group("year") != null ? null : m.group("city").strip();
    }

    /** The dateline's match, when the text opens with one whose month is a French month name. */
    private static Matcher find(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() && month(m.group("month")) != 0 && text.substring(0, m.start()).lines().count() < DATELINE_LINES ? m : null;
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
