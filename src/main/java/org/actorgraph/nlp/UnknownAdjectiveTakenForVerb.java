package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « Canberra avait fourni à la petite marine tongienne un patrouilleur »
 * — the tagger reads a rare adjective of nationality the dictionary does not know (« tongienne », « kiribatienne ») as a
 * verb, and the parser gives it the object that follows. A lowercase word tagged a verb, unknown to the dictionary,
 * right after a noun, with the ending of such an adjective, is an adjective (a verb form with such an ending, « évite »,
 * is one the dictionary knows).
 */
final class UnknownAdjectiveTakenForVerb {
    private static final Set<String> ADJECTIVE_ENDINGS = FrenchWords.list("adjective-ending");

    private UnknownAdjectiveTakenForVerb() {}

    static void apply(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            String word = s.word(i);
            if ("VERB".equals(s.tag(i)) && "NOUN".equals(s.tag(i - 1)) && s.morphs().get(i).lemma() == null
                    && word.equals(word.toLowerCase(Locale.ROOT)) && ADJECTIVE_ENDINGS.stream().anyMatch(e -> word.length() > e.length() && word.endsWith(e))) {
                s.tokens().get(i).setTag("ADJ");
            }
        }
    }
}
