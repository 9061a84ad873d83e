package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parse gate and the parser: « … sur Suez, le maréchal Boulganine leur reprocha une
 * agression » — the tagger reads the passé simple « reprocha » as a noun and « leur » as its determiner, and the
 * parser hangs the clause as an apposition. A lowercase word tagged a noun that the dictionary reads only as a finite
 * verb (it has no noun or adjective reading) is that verb; a « le », « la », « les » or « leur » right before it that
 * the tagger read as a determiner is its clitic.
 */
final class VerbWithoutNounReading {
    private static final Set<String> FINITE = Set.of("ind", "sub", "con", "inf");

    private VerbWithoutNounReading() {}

    static void apply(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            Morph m = s.morphs().get(i);
            String word = s.word(i);
            if (!"NOUN".equals(s.tag(i)) || m.category() != 'V' || FINITE.stream().noneMatch(m::is) || m.pastParticiple()
                    || !word.equals(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            s.tokens().get(i).setTag("VERB");
            if ("DET".equals(s.tag(i - 1)) && CliticTakenForDeterminer.ARTICLE_SHAPED.contains(s.word(i - 1).toLowerCase(Locale.ROOT))) {
                s.tokens().get(i - 1).setTag("PRON");
            }
        }
    }
}
