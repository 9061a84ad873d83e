package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « Et l'armée biélorusse, que la Russie équipe … » — the tagger reads a
 * noun spelled like a past participle (« armée », « entrée », « arrivée ») right after its article as the participle,
 * and the noun's adjective after it as the noun; the parser then loses the phrase. Right after an article or a
 * determiner, a word tagged a past participle that the dictionary also reads as a noun is that noun, unless a noun
 * follows it (« un prétendu accord ») or the article is a clitic pronoun (« comme elle le fait »); a word after it tagged
 * a noun that the dictionary reads as an adjective is that adjective.
 */
final class ParticipleTakenForNoun {
    private static final Set<String> DETERMINERS = FrenchWords.list("article");
    private static final Set<String> PARTICIPLE_TAGS = Set.of("ADJ", "VERB");
    private static final Set<String> NEGATION = Set.of("ne", "n'");

    private ParticipleTakenForNoun() {}

    /** « comme elle le fait », « il ne l'a pas fait »: an article-shaped word after a pronoun or « ne » is a clitic. */
    private static boolean cliticBefore(TaggedSentence s, int determiner) {
        return determiner > 0 && ("PRON".equals(s.tag(determiner - 1)) || NEGATION.contains(s.word(determiner - 1).toLowerCase(Locale.ROOT)));
    }

    static void apply(TaggedSentence s, Lemmatizer lemmatizer) {
        for (int i = 1; i < s.size(); i++) {
            if (!PARTICIPLE_TAGS.contains(s.tag(i)) || !s.morphs().get(i).pastParticiple() || !"DET".equals(s.tag(i - 1))
                    || !DETERMINERS.contains(s.word(i - 1).toLowerCase(Locale.ROOT)) || cliticBefore(s, i - 1)) {
                continue;
            }
            Morph noun = lemmatizer.analyze(s.word(i), "NOUN");
            if (noun.category() != 'N') {
                continue;
            }
            boolean nounAfter = i + 1 < s.size() && ("NOUN".equals(s.tag(i + 1)) || "PROPN".equals(s.tag(i + 1)));
            Morph adjectiveAfter = nounAfter && "NOUN".equals(s.tag(i + 1)) ? lemmatizer.analyze(s.word(i + 1), "ADJ") : null;
            if (nounAfter && (adjectiveAfter == null || adjectiveAfter.category() != 'J')) {
                continue;
            }
            s.tokens().get(i).setTag("NOUN");
            s.morphs().set(i, noun);
            if (adjectiveAfter != null) {
                s.tokens().get(i + 1).setTag("ADJ");
                s.morphs().set(i + 1, adjectiveAfter);
            }
        }
    }
}
