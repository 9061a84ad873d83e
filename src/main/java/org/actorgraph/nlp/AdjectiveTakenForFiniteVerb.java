package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: the tagger reads an adjective right after its noun as the verb it is
 * also spelled like, and the parser makes the noun its subject: « a dénoncé une violation manifeste de la Charte »,
 * « avait dénoncé « l'attaque lâche et disproportionnée » de militaires béliziens ». A word tagged a finite verb right
 * after a noun is an adjective, when the dictionary has it as one, where no verb can stand: after a verb, its article
 * and its object noun (a clause there would need « que »), or before « et » or « ou » and another adjective.
 */
final class AdjectiveTakenForFiniteVerb {
    private static final Set<String> CONJUNCTIONS = Set.of("et", "ou");

    private AdjectiveTakenForFiniteVerb() {}

    static void apply(TaggedSentence s, Lemmatizer lemmatizer) {
        for (int i = 1; i < s.size(); i++) {
            Morph verb = s.morphs().get(i);
            if (!"VERB".equals(s.tag(i)) || !"NOUN".equals(s.tag(i - 1)) || verb.infinitive() || verb.pastParticiple()
                    || verb.presentParticiple()) {
                continue;
            }
            boolean coordinated = i + 2 < s.size() && CONJUNCTIONS.contains(s.word(i + 1).toLowerCase(Locale.ROOT)) && "ADJ".equals(s.tag(i + 2));
            boolean afterObject = i >= 3 && "DET".equals(s.tag(i - 2)) && "VERB".equals(s.tag(i - 3));
            if (!coordinated && !afterObject) {
                continue;
            }
            Morph adjective = lemmatizer.analyze(s.word(i), "ADJ");
            if (adjective.category() == 'J') {
                s.tokens().get(i).setTag("ADJ");
                s.morphs().set(i, adjective);
            }
        }
    }
}
