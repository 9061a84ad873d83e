package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « Managua lui avait rendu la pareille, en l'attaquant devant la même
 * cour » — the tagger reads « l' » as an article and « attaquant » as a noun (an attacker). After « en » and a clitic
 * shaped like an article, a word ending in « -ant » that the dictionary reads as a present participle is the gerund,
 * and the clitic its object.
 */
final class GerundAfterClitic {
    private static final Set<String> CLITICS = Set.of("le", "la", "les", "l'");

    private GerundAfterClitic() {}

    static void apply(TaggedSentence s, Lemmatizer lemmatizer) {
        for (int i = 2; i < s.size(); i++) {
            String word = s.word(i).toLowerCase(Locale.ROOT);
            if (!"NOUN".equals(s.tag(i)) || !word.endsWith("ant") || !CLITICS.contains(s.word(i - 1).toLowerCase(Locale.ROOT))
                    || !"en".equalsIgnoreCase(s.word(i - 2))) {
                continue;
            }
            Morph verb = lemmatizer.analyze(s.word(i), "VERB");
            if (verb.category() != 'V' || !verb.presentParticiple()) {
                continue;
            }
            s.tokens().get(i - 1).setTag("PRON");
            s.tokens().get(i).setTag("VERB");
            s.morphs().set(i, verb);
            s.morphs().set(i - 1, lemmatizer.analyze(s.word(i - 1), "PRON"));
        }
    }
}
