package org.actorgraph.describe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.actorgraph.ingest.TsvRows;

/**
 * The word lists of the describe stage ({@code resources/describe/words.tsv}): which words make a date the year of
 * order or of delivery, which count approximately, which are too vague to be an item. Each line is
 * {@code KIND<TAB>regex}, matched whole against a lemma or a lowercased word.
 */
final class DescribeWords {
    enum Kind {
        /** (lemma) A year under these is the year of order. */
        order,
        /** (lemma) A year under these is a year of delivery. */
        delivery,
        /** (lemma) A delivery under these is still to come. */
        planned,
        /** (lemma) Verbs that state a deal's value (« évalué à »): a sum or date under them stays the deal's. */
        valuation,
        /** (word) Before a year, makes a delivery a deadline still to come (« d'ici 2026 »). */
        plannedMarker,
        /** (lemma) Verbs whose object is what a nominal transfer includes. */
        inclusion,
        /** (word) Words before a number that make it approximate (« quelque 150 »). */
        approximator,
        /** (lemma) Materiel nouns too vague to be an item by themselves. */
        generic,
        /** (word) Common nouns that belong to a designation (« type 209 »). */
        designator
    }

    private static final String RESOURCE = "describe/words.tsv";
    private final Map<Kind, List<Pattern>> patterns = new EnumMap<>(Kind.class);

    static DescribeWords load() {
        DescribeWords w = new DescribeWords();
        for (Kind k : Kind.values()) {
            w.patterns.put(k, new ArrayList<>());
        }
        for (TsvRows.Row row : TsvRows.bundled(RESOURCE, 2)) {
            String[] cols = row.cells();
            Kind kind;
            try {
                kind = Kind.valueOf(cols[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": unknown kind " + cols[0]);
            }
            w.patterns.get(kind).add(Pattern.compile(cols[1]));
        }
        return w;
    }

    boolean is(Kind kind, String word) {
        if (word == null) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns.get(kind)) {
            if (p.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}
