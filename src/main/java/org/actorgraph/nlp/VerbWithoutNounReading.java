package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parse gate and the parser: « … sur Suez, le maréchal Boulganine leur reprocha une
 * agression » — the tagger reads the passé simple « reprocha » as a noun and « leur » as its determiner, and the
 * parser hangs the clause as an apposition. A lowercase word tagged a noun that the dictionary reads only as a finite
 * verb (it has no noun or adjective reading) is that verb, and so is such a word tagged an adverb (« Les Britanniques
 * arment nos forces »); a « le », « la », « les » or « leur » right before it that
 * the tagger read as a determiner is its clitic. A word tagged a noun with no determiner or preposition before it and
 * a manner adverb right after it (« Moscou choisit le camp d'en face et livre massivement à l'Éthiopie … ») is the
 * finite verb it can also be: a noun takes no « -ment » adverb.
 */
final class VerbWithoutNounReading {
    private static final Set<String> FINITE = Set.of("ind", "sub", "con", "inf");
    /** Tags of a word after which a noun stays a noun: its determiner, preposition or adjective. */
    private static final Set<String> AFTER_WORDS = Set.of("DET", "ADP", "ADJ", "NUM");

    private VerbWithoutNounReading() {}

    static void apply(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            Morph m = s.morphs().get(i);
            String word = s.word(i);
            if (verbBeforeMannerAdverb(s, i)) {
                s.tokens().get(i).setTag("VERB");
                s.morphs().set(i, m.asVerb());
                continue;
            }
            // (« Les Britanniques arment nos forces »: an adverb too, which the dictionary does not know as one)
            if (!"NOUN".equals(s.tag(i)) && !"ADV".equals(s.tag(i)) || m.category() != 'V' || FINITE.stream().noneMatch(m::is) || m.pastParticiple()
                    || !word.equals(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean noun = "NOUN".equals(s.tag(i));
            s.tokens().get(i).setTag("VERB");
            if (noun && "DET".equals(s.tag(i - 1)) && CliticTakenForDeterminer.ARTICLE_SHAPED.contains(s.word(i - 1).toLowerCase(Locale.ROOT))) {
                s.tokens().get(i - 1).setTag("PRON");
            }
        }
    }

    private static boolean verbBeforeMannerAdverb(TaggedSentence s, int i) {
        Morph verb = s.morphs().get(i).asVerb();
        String next = i + 1 < s.size() ? s.word(i + 1).toLowerCase(Locale.ROOT) : "";
        return "NOUN".equals(s.tag(i)) && verb != null && i + 1 < s.size() && "ADV".equals(s.tag(i + 1)) && next.endsWith("ment")
                && !AFTER_WORDS.contains(s.tag(i - 1)) && s.word(i).equals(s.word(i).toLowerCase(Locale.ROOT));
    }
}
