package org.actorgraph.nlp;

import java.util.List;

/**
 * Stage "parse": CoreNLP's dependency parser on the sentences the parse gate chose (every one with {@code kg build
 * --parse-all}); then each token gets the lemma and morphology stage "annotate" read, after the parser as before the
 * gate: neither NER nor the parser sees them.
 */
public final class Parse {
    private final FrenchPipeline nlp;

    public Parse(FrenchPipeline nlp) {
        this.nlp = nlp;
    }

    public AnnotatedDocument apply(ParsePlan plan) {
        TaggedDocument d = plan.document();
        List<ParsedSentence> sentences = nlp.parse(d.tagged(), plan.parse());
        for (TaggedSentence s : d.sentences()) {
            Lemmatizer.set(s.tokens(), s.morphs());
        }
        return new AnnotatedDocument(d.document(), sentences);
    }
}
