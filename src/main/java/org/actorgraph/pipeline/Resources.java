package org.actorgraph.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.actorgraph.describe.TemporalTagger;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.nlp.Lemmatizer;
import org.actorgraph.nlp.ParallelLoad;

/**
 * What the analysis reads besides the document: the CoreNLP French models, the French dictionary, the gazetteer, the rule
 * files and their word lists, and the temporal tagger's rules. Loaded once per JVM by the command that runs, and passed
 * to the stages.
 */
public record Resources(FrenchPipeline nlp, Lemmatizer lemmatizer, Gazetteer gazetteer, FrameBook rules, Cues cues,
        TemporalTagger time) {

    /**
     * The bundled models, gazetteer, rules and temporal tagger, loaded in parallel: CoreNLP's three models on threads of
     * their own ({@link FrenchPipeline#load()}), the dictionary, the gazetteer and the rules beside them, then
     * HeidelTime's rules. Returns when a document can be tagged: the dependency parser and HeidelTime, needed only after
     * the parse gate, may still be loading, and the first parse and the first temporal tagging wait for them.
     */
    public static Resources load() {
        // Threads of their own: the common pool has one thread on two cores, which would load these one after the other.
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "kg-load-resources");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Lemmatizer> lemmatizer = CompletableFuture.supplyAsync(Lemmatizer::new, pool);
            CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load, pool);
            CompletableFuture<FrameBook> rules = CompletableFuture.supplyAsync(FrameBook::load, pool);
            CompletableFuture<Cues> cues = CompletableFuture.supplyAsync(Cues::load, pool);
            FrenchPipeline nlp = FrenchPipeline.load();
            // Needed only after the parse, HeidelTime loads once the tagger and NER, which documents need first, are loaded.
            TemporalTagger time = TemporalTagger.loadInBackground(pool);
            return new Resources(nlp, ParallelLoad.join(lemmatizer), ParallelLoad.join(gazetteer), ParallelLoad.join(rules),
                    ParallelLoad.join(cues), time);
        } finally {
            pool.shutdown();
        }
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
