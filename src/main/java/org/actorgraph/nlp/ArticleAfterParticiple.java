package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parser: « les autorités avaient condamné la frappe américaine » — the tagger
 * reads « la » as a clitic object and « frappe » as a finite verb. A clitic object never follows a past participle
 * (it goes before the auxiliary: « l'avaient condamnée »), so a « le », « la » or « les » right after one, before a
 * finite verb that the dictionary also reads as a noun, is that noun's article.
 */
final class ArticleAfterParticiple {
    private static final Set<String> ARTICLES = Set.of("le", "la", "les");

    private ArticleAfterParticiple() {}

    static void apply(TaggedSentence s, Lemmatizer lemmatizer) {
        for (int i = 2; i < s.size(); i++) {
            Morph verb = s.morphs().get(i);
            if (!"VERB".equals(s.tag(i)) || verb.infinitive() || verb.pastParticiple() || verb.presentParticiple()
                    || !"PRON".equals(s.tag(i - 1)) || !ARTICLES.contains(s.word(i - 1).toLowerCase(Locale.ROOT))
                    || !"VERB".equals(s.tag(i - 2)) || !s.morphs().get(i - 2).pastParticiple()) {
                continue;
            }
            Morph noun = lemmatizer.analyze(s.word(i), "NOUN");
            if (noun.category() != 'N') {
                continue;
            }
            s.tokens().get(i - 1).setTag("DET");
            s.tokens().get(i).setTag("NOUN");
            s.morphs().set(i, noun);
            s.morphs().set(i - 1, lemmatizer.analyze(s.word(i - 1), "DET"));
        }
    }
}
