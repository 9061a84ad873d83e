package org.actorgraph.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * The bundled models, gazetteer and rules, all loaded at once: CoreNLP's three models on threads of their own
     * ({@link FrenchPipeline#load()}), the dictionary, the gazetteer and the rules beside them.
     */
    public static Resources load() {
        CompletableFuture<Lemmatizer> lemmatizer = CompletableFuture.supplyAsync(Lemmatizer::new);
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load);
        CompletableFuture<FrameBook> rules = CompletableFuture.supplyAsync(FrameBook::load);
        CompletableFuture<Cues> cues = CompletableFuture.supplyAsync(Cues::load);
        FrenchPipeline nlp = FrenchPipeline.load();
        return new Resources(nlp, join(lemmatizer), join(gazetteer), join(rules), join(cues));
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
