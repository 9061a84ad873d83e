package org.actorgraph.bench;

import com.google.gson.JsonParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorgraph.nlp.FrenchPipeline;

/**
 * Baseline (a): CoreNLP alone, with the properties and annotators of {@link FrenchPipeline} (tokenize,
 * ssplit, mwt, pos, ner, depparse), over the texts of JSON Lines files, on N threads; nothing else is done
 * with the annotations. Prints the analysis threads' own CPU time too ({@code analysis_cpu_s}), which other processes
 * on a busy machine do not inflate, to compare with the CPU time of kg build's analysis stages. Usage: CoreNlpOnly
 * THREADS IN.jsonl...
 */
public final class CoreNlpOnly {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    texts.add(JsonParser.parseString(line).getAsJsonObject().get("text").getAsString());
                }
            }
        }
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(FrenchPipeline.properties());
        long t1 = System.nanoTime();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (String text : texts) {
            results.add(pool.submit(() -> {
                long threadCpu0 = THREADS.getCurrentThreadCpuTime();
                Annotation a = new Annotation(text);
                pipeline.annotate(a);
                long tokens = 0;
                List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
                for (CoreMap s : sentences) {
                    tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
                }
                return new long[] {sentences.size(), tokens, THREADS.getCurrentThreadCpuTime() - threadCpu0};
            }));
        }
        long sentences = 0;
        long tokens = 0;
        long threadCpu = 0;
        for (Future<long[]> f : results) {
            sentences += f.get()[0];
            tokens += f.get()[1];
            threadCpu += f.get()[2];
        }
        long t2 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "docs=%d sentences=%d tokens=%d startup_s=%.2f work_s=%.2f cpu_s=%.2f analysis_cpu_s=%.2f%n",
                texts.size(), sentences, tokens, (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpu / 1e9, threadCpu / 1e9);
    }
}
