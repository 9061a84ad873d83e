package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « a armé l'armée mozambicaine de l'indépendance jusqu'à la fin des
 * années 1980 » — the tagger reads the one token « jusqu'à » as a verb, and the parser makes the object before it
 * that verb's subject; capitalised at the head of a sentence (« Jusqu'en 2002, Paris était le fournisseur »), it
 * reads it as a name, which the parser makes the subject. A word of the until cases (french-words until-case) is a
 * preposition.
 */
final class CaseTakenForVerb {
    private static final Set<String> CASES = FrenchWords.list("until-case");

    private CaseTakenForVerb() {}

    static void apply(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            boolean verbOrName = "VERB".equals(s.tag(i)) || "PROPN".equals(s.tag(i));
            if (verbOrName && CASES.contains(s.word(i).toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
                s.tokens().get(i).setTag("ADP");
            }
        }
    }
}
