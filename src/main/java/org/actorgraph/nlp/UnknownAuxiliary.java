package org.actorgraph.nlp;

import java.util.Locale;

/**
 * Part of stage "annotate", before the parser: « elle lui a livré six Dornier Do 27 » — the tagger reads the capitalised
 * « Do » of a model's name as the English auxiliary. A word tagged an auxiliary that the French dictionary knows as no
 * verb, written with a capital, is part of a name.
 */
final class UnknownAuxiliary {
    private UnknownAuxiliary() {}

    static void apply(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            String word = s.word(i);
            if ("AUX".equals(s.tag(i)) && s.morphs().get(i).category() != 'V' && !word.equals(word.toLowerCase(Locale.ROOT))) {
                s.tokens().get(i).setTag("PROPN");
            }
        }
    }
}
