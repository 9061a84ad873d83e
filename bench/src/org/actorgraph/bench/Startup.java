package org.actorgraph.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.pipeline.Resources;

/**
 * Start-up, measured alone in a fresh JVM: {@code corenlp} is CoreNLP's own load of the French pipeline
 * ({@code new StanfordCoreNLP} with the annotators and properties of {@link FrenchPipeline}: its models one after
 * the other); {@code kg} is what {@code kg build} loads before its first document ({@link Resources#load()}: the same
 * three models in parallel, and the dictionary, gazetteer and rules beside them). {@code kg build} starts on its first
 * document when the tagger and NER are loaded ({@code startup_s}), the dependency parser and HeidelTime perhaps still
 * loading (a build's first parse and first temporal tagging wait for them, inside its work time); {@code loaded_s} is
 * when everything is loaded, for CoreNLP the same as {@code startup_s}. Usage: Startup corenlp|kg
 */
public final class Startup {
    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long ready;
        switch (args[0]) {
            case "corenlp" -> {
                new StanfordCoreNLP(FrenchPipeline.properties());
                ready = System.nanoTime();
            }
            case "kg" -> {
                Resources r = Resources.load();
                ready = System.nanoTime();
                r.nlp().awaitParser();
                r.time().awaitLoaded();
            }
            default -> throw new IllegalArgumentException("corenlp or kg");
        }
        long loaded = System.nanoTime();
        System.out.printf(Locale.ROOT, "load=%s startup_s=%.2f loaded_s=%.2f cpu_s=%.2f%n", args[0], (ready - t0) / 1e9,
                (loaded - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
    }
}
