package org.actorgraph.pipeline;

import java.util.concurrent.CompletableFuture;
import org.actorgraph.describe.TemporalTagger;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.nlp.Lemmatizer;

/**
 * What the analysis reads besides the document: the CoreNLP French models, the French dictionary, the gazetteer, the rule
 * files and their word lists, and the temporal tagger's rules. Loaded once per JVM by the command that runs, and passed
 * to the stages.
 */
public record Resources(FrenchPipeline nlp, Lemmatizer lemmatizer, Gazetteer gazetteer, FrameBook rules, Cues cues,
        TemporalTagger time) {

    /** The bundled models, gazetteer and rules; HeidelTime's rules load beside CoreNLP's models (about 3 s each way). */
    public static Resources load() {
        CompletableFuture<TemporalTagger> time = CompletableFuture.supplyAsync(TemporalTagger::load);
        FrenchPipeline nlp = FrenchPipeline.load();
        return new Resources(nlp, new Lemmatizer(), Gazetteer.load(), FrameBook.load(), Cues.load(), time.join());
    }

    /** The same models and rules with another gazetteer (the bundled one and a user's rows: {@code --gazetteer}). */
    public Resources withGazetteer(Gazetteer g) {
        return new Resources(nlp, lemmatizer, g, rules, cues, time);
    }

    /** The same models and gazetteer with other rule files and cues (a user's: {@code --rules DIR}). */
    public Resources withRules(FrameBook frames, Cues cueList) {
        return new Resources(nlp, lemmatizer, gazetteer, frames, cueList, time);
    }
}
