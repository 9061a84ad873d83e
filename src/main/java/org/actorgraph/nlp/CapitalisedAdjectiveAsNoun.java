package org.actorgraph.nlp;

import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « accusant Australiens et Néo-Zélandais d'ingérence » — the tagger reads
 * a people's name without its article as the adjective, and the parser hangs it on the verb as a modifier. French
 * writes the adjective in lowercase; written with a capital inside a sentence, and not after another capitalised word
 * (as in a name: « Émirats Arabes Unis »), nor before a noun it qualifies (a title: « la Première ministre »), it is
 * the people, a noun.
 */
final class CapitalisedAdjectiveAsNoun {
    private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

    private CapitalisedAdjectiveAsNoun() {}

    static void apply(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            String word = s.word(i);
            String before = s.word(i - 1);
            if ("ADJ".equals(s.tag(i)) && Character.isUpperCase(word.charAt(0)) && word.length() > 2
                    && !Character.isUpperCase(before.charAt(0)) && Character.isLetter(before.charAt(0))
                    && !"PROPN".equals(s.tag(i - 1)) && (i + 1 == s.size() || !NOUNS.contains(s.tag(i + 1)))) {
                s.tokens().get(i).setTag("NOUN");
            }
        }
    }
}
