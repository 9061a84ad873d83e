package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « Les États-Unis, armurier traditionnel d'Athènes, … » — the tagger
 * reads « armurier » as a verb, and the parser then hangs the apposition as a clause. A word of the supplier nouns
 * (french-words supplier-noun, or its plural) is a noun.
 */
final class NounTakenForVerb {
    private static final Set<String> NOUNS = FrenchWords.list("supplier-noun");

    private NounTakenForVerb() {}

    static void apply(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String word = s.word(i).toLowerCase(Locale.ROOT);
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if ("VERB".equals(s.tag(i)) && (NOUNS.contains(word) || NOUNS.contains(singular))) {
                s.tokens().get(i).setTag("NOUN");
            }
        }
    }
}
