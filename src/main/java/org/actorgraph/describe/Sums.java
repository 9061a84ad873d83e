package org.actorgraph.describe;

import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.ingest.TsvRows;
import org.actorgraph.nlp.FrenchWords;

/**
 * Sums of money in a sentence: a number, a multiplier, a currency (« 1,2 milliard d'euros », « huit milliards de
 * dollars », « 400 millions de dollars », « 13,3 milliards de couronnes », « 250 M€ »), hedged or not (« plus de six
 * milliards d'euros »). The currencies are data ({@code resources/describe/currencies.tsv}).
 */
final class Sums {
    private static final String RESOURCE = "describe/currencies.tsv";
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "mille", BigDecimal.valueOf(1_000L),
            "million", BigDecimal.valueOf(1_000_000L), "millions", BigDecimal.valueOf(1_000_000L),
            "m", BigDecimal.valueOf(1_000_000L),
            "milliard", BigDecimal.valueOf(1_000_000_000L), "milliards", BigDecimal.valueOf(1_000_000_000L),
            "md", BigDecimal.valueOf(1_000_000_000L), "mds", BigDecimal.valueOf(1_000_000_000L),
            "mrd", BigDecimal.valueOf(1_000_000_000L), "mrds", BigDecimal.valueOf(1_000_000_000L));
    private static final Set<String> OF = FrenchWords.list("de-case");
    /** Hedges before the number; « de » after « plus », « près », « moins » is skipped. */
    private static final Set<String> HEDGES = FrenchWords.list("sum-hedge");

    private record Currency(Pattern words, String code) {}

    /**
     * A sum found in a sentence: amount, currency code as the file gives it (see {@link #code}), the words as written
     * (a hedge included), and the 1-based indices of its first and last tokens.
     */
    record Sum(BigDecimal amount, String code, String text, int first, int last) {}

    private final List<Currency> currencies = new ArrayList<>();

    static Sums load() {
        Sums s = new Sums();
        for (TsvRows.Row row : TsvRows.bundled(RESOURCE, 2)) {
            s.currencies.add(new Currency(Pattern.compile(row.cell(0)), row.cell(1)));
        }
        return s;
    }

    /** The sums of a sentence, in text order. {@code text} is the document's text. */
    List<Sum> find(String text, List<CoreLabel> tokens) {
        List<Sum> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : null;
            Currency c = null;
            int lastIndex = i;
            if (next != null) {
                c = match(w + " " + next);
                lastIndex = i + 1;
            }
            if (c == null) {
                c = match(w);
                lastIndex = i;
            }
            if (c == null) {
                continue;
            }
            // Leftwards: « de » / « d' », a multiplier, the number, a hedge.
            int j = i - 1;
            while (j >= 0 && OF.contains(lower(tokens.get(j)))) {
                j--;
            }
            BigDecimal multiplier = BigDecimal.ONE;
            if (j >= 0 && MULTIPLIERS.containsKey(lower(tokens.get(j)))) {
                multiplier = MULTIPLIERS.get(lower(tokens.get(j)));
                j--;
            }
            if (j < 0) {
                continue;
            }
            int numberEnd = j;
            BigDecimal number = FrenchNumbers.parse(tokens.get(j).word());
            // « 1 200 millions »: digit groups split by the tokenizer
            while (number != null && j > 0 && tokens.get(j).word().matches("\\d{3}") && tokens.get(j - 1).word().matches("\\d{1,3}")
                    && tokens.get(j - 1).endPosition() + 1 == tokens.get(j).beginPosition()) {
                j--;
                number = FrenchNumbers.parse(text.substring(tokens.get(j).beginPosition(), tokens.get(numberEnd).endPosition()));
            }
            // A bare number word before an ambiguous noun (« deux livres ») is not a sum: digits or a multiplier are.
            if (number == null || (multiplier.equals(BigDecimal.ONE) && !Character.isDigit(tokens.get(j).word().charAt(0)))) {
                continue;
            }
            int first = j;
            int k = j - 1;
            while (k >= 0 && OF.contains(lower(tokens.get(k)))) {
                k--;
            }
            if (k >= 0 && HEDGES.contains(lower(tokens.get(k)))) {
                first = k;
                if (k > 0 && lower(tokens.get(k)).equals("moins") && lower(tokens.get(k - 1)).equals("au")) {
                    first = k - 1;
                }
            }
            String written = text.substring(tokens.get(first).beginPosition(), tokens.get(lastIndex).endPosition());
            out.add(new Sum(number.multiply(multiplier), c.code(), written, first + 1, lastIndex + 1));
            i = lastIndex;
        }
        return out;
    }

    /**
     * The ISO code of a currency written CODE, or chosen among CODE@QID alternatives by the supplier's or the
     * recipient's state; null when none applies.
     */
    static String code(String code, Set<String> stateQids) {
        if (!code.contains("@")) {
            return code;
        }
        for (String alt : code.split("\\s+")) {
            String[] p = alt.split("@");
            if (p.length == 2 && stateQids.contains(p[1])) {
                return p[0];
            }
        }
        return null;
    }

    private Currency match(String words) {
        for (Currency c : currencies) {
            if (c.words().matcher(words).matches()) {
                return c;
            }
        }
        return null;
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
