package org.actorgraph.describe;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Cardinal numbers as French news writes them: digits (« 24 », « 1 200 », « 1.200 », « 1,2 » with a decimal comma)
 * and words (« vingt-quatre », « quatre-vingt-dix », « deux cents », « trois mille »). The words are a closed set,
 * so this is a parser of the grammar of French numerals, not a list of phrasings.
 */
final class FrenchNumbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zéro", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
            Map.entry("octante", 80), Map.entry("nonante", 90));

    private FrenchNumbers() {}

    /** The value of a cardinal written in digits or words, or null when the text is not one. */
    static BigDecimal parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            return digits(t);
        }
        Long n = words(t);
        return n == null ? null : BigDecimal.valueOf(n);
    }

    /** A whole number of units ("24", "vingt-quatre"), or null (no number, a decimal, zero). */
    static Integer count(String text) {
        BigDecimal v = parse(text);
        if (v == null || v.signum() <= 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            return null;
        }
        return v.intValue();
    }

    /**
     * « 1 200 » and « 1.200 » (thousands separators, also the narrow no-break space), « 1,2 » (decimal comma),
     * « 13,3 ». A dot followed by other than three digits is a decimal point (« 1.5 »).
     */
    private static BigDecimal digits(String t) {
        String s = t.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        if (!s.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** « vingt et un », « quatre-vingt-dix-huit », « deux cent cinquante », « trois mille deux cents ». */
    private static Long words(String t) {
        String[] parts = t.replace('-', ' ').replaceAll("\\bet\\b", " ").trim().split("\\s+");
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            Integer u = UNITS.get(p);
            if (u != null) {
                // « quatre vingt » is 4 x 20
                if (u == 20 && current > 0 && current < 10 && (p.startsWith("vingt"))) {
                    current = current * 20;
                } else {
                    current += u;
                }
            } else if (p.equals("cent") || p.equals("cents")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (p.equals("mille")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }
}
