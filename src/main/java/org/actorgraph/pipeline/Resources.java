package org.actorgraph.pipeline;

import org.actorgraph.extract.Cues;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.nlp.Lemmatizer;

/**
 * What the analysis reads besides the document: the CoreNLP French models, the French dictionary, the gazetteer, the rule
 * files and their word lists. Loaded once per JVM by the command that runs, and passed to the stages.
 */
public record Resources(FrenchPipeline nlp, Lemmatizer lemmatizer, Gazetteer gazetteer, FrameBook rules, Cues cues) {

    /** The bundled models, gazetteer and rules. */
    public static Resources load() {
        return new Resources(FrenchPipeline.load(), new Lemmatizer(), Gazetteer.load(), FrameBook.load(), Cues.load());
    }
}
