package org.actorgraph.nlp;

import java.util.List;
import org.actorgraph.ingest.Dateline;
import org.actorgraph.ingest.Document;

/**
 * Stage "annotate": runs the shared CoreNLP French pipeline over a document (its dateline and a transcript's
 * speaker labels left out, {@link SpeakerLabels}), then gives each token its lemma and morphology
 * ({@link Lemmatizer}), which CoreNLP's French models lack.
 */
public final class Annotate {
    private final FrenchPipeline nlp;
    private final Lemmatizer lemmatizer;

    public Annotate(FrenchPipeline nlp, Lemmatizer lemmatizer) {
        this.nlp = nlp;
        this.lemmatizer = lemmatizer;
    }

    public AnnotatedDocument apply(Document doc) {
        // Left in, the dateline becomes part of the first sentence, its city the subject, and a transcript's
        // « Question (télévision japonaise) : » an actor; blanked, offsets hold.
        List<ParsedSentence> sentences = nlp.parse(straightApostrophes(SpeakerLabels.blank(Dateline.blank(doc.text()))));
        for (ParsedSentence s : sentences) {
            lemmatizer.annotate(s.tokens());
        }
        return new AnnotatedDocument(doc, sentences);
    }

    /**
     * CoreNLP's French tokenizer and tagger know "l'" but not "l’" (tagged a preposition, its noun then an oblique);
     * the typographic apostrophe is straightened, one character for one, so offsets hold.
     */
    static String straightApostrophes(String text) {
        return text.replace('\u2019', '\'').replace('\u02BC', '\'');
    }
}
