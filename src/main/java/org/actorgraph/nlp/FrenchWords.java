package org.actorgraph.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.actorgraph.ingest.TsvRows;

/**
 * The closed French word lists of the stages after parsing (prepositions, determiners, pronouns, auxiliaries, time
 * nouns), read once from {@code nlp/french-words.tsv}, where each list says what it is for. They are grammar, shared
 * by every analysis, so they are constants; the relation rules and their cues are data a user can replace
 * ({@code --rules}).
 */
public final class FrenchWords {
    private static final String RESOURCE = "nlp/french-words.tsv";
    private static final Map<String, Set<String>> LISTS = read();

    private FrenchWords() {}

    /** The words of a list; an unknown list name is a programming error. */
    public static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalArgumentException(RESOURCE + " has no list " + name);
        }
        return words;
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvRows.Row row : TsvRows.bundled(RESOURCE, 2)) {
            if (out.put(row.cell(0), Set.copyOf(Arrays.asList(row.cell(1).split(" +")))) != null) {
                throw new IllegalStateException(row.where() + ": list " + row.cell(0) + " given twice");
            }
        }
        return Map.copyOf(out);
    }
}
