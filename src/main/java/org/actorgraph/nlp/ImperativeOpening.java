package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parse gate and the parser: « Souvenons-nous de juin 2017 : l'Arabie saoudite,
 * les Émirats arabes unis, Bahreïn et l'Égypte rompent avec Doha » — the tagger reads the capitalised imperative that
 * opens the sentence as a name, and the parser then hangs the clause after the colon on it. A first word the dictionary
 * reads only as a verb, followed by a hyphenated clitic (« -nous », « -le »), is that verb.
 */
final class ImperativeOpening {
    private static final Set<String> CLITICS = Set.of("-nous", "-le", "-la", "-les", "-vous", "-en", "-y", "-moi", "-lui");

    private ImperativeOpening() {}

    static void apply(TaggedSentence s) {
        if (s.size() < 2 || !CLITICS.contains(s.word(1).toLowerCase(Locale.ROOT)) || s.morphs().get(0).category() != 'V') {
            return;
        }
        s.tokens().get(0).setTag("VERB");
        s.tokens().get(1).setTag("PRON");
    }
}
