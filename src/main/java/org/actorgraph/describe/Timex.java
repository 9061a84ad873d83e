package org.actorgraph.describe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One temporal expression HeidelTime found: its character offsets in the document, the text it covers, its TIMEX3
 * type (DATE, DURATION, TIME, SET) and normalised value ("2019", "2023-SU", "2024-03-12", "P3Y"), and whether a
 * rule read it as written ("en 2019": explicit) or resolved it against the document's date ("l'été dernier":
 * relative).
 */
public record Timex(int begin, int end, String text, String type, String value, boolean explicit, String rule) {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:$|-)");
    private static final Pattern YEARS = Pattern.compile("^P(\\d+)Y$");

    /** The year of a DATE whose value starts with a full year ("2023-SU" is 2023); null otherwise. */
    public Integer year() {
        if (!"DATE".equals(type) || value == null) {
            return null;
        }
        Matcher m = YEAR.matcher(value);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The number of years of a DURATION in whole years ("trois ans" is P3Y, 3); null otherwise. */
    public Integer durationYears() {
        if (!"DURATION".equals(type) || value == null) {
            return null;
        }
        Matcher m = YEARS.matcher(value);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    public boolean covers(int offset) {
        return offset >= begin && offset < end;
    }

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
