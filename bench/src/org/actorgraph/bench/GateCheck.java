package org.actorgraph.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.ingest.Dateline;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.Annotate;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.pipeline.ParseGate;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.Resources;
import org.actorgraph.pipeline.StageTimes;
import org.actorgraph.rdf.MappedDocument;
import org.actorgraph.store.ShapeValidator;
import org.apache.jena.rdf.model.Model;

/**
 * Checks the parse gate on a corpus: every document analysed twice, with the gate and with every sentence parsed
 * ({@code kg build --parse-all}), and the two graphs compared (isomorphism). Prints the documents whose graphs differ,
 * and the sentences parsed of all. Usage:
 *
 * <pre>
 * GateCheck [--threads N] [--limit N] [--group N] [--corenlp] [--no-text] INPUT...
 * </pre>
 *
 * {@code --limit N} reads the first N lines of each JSON Lines input; {@code --group N} joins N consecutive documents
 * of a JSON Lines input into one (to give one-sentence documents, such as Europarl's, neighbours for their anaphora);
 * {@code --corenlp} also checks, sentence by sentence, that the NER labels and basic dependencies of the parsed
 * sentences are those of CoreNLP's own whole pipeline ({@code StanfordCoreNLP} with all the annotators);
 * {@code --no-text} names the documents whose graphs differ without printing their sentences (for evaluation data
 * that must not be read).
 */
public final class GateCheck {
    public static void main(String[] args) throws Exception {
        int threads = 1;
        int limit = Integer.MAX_VALUE;
        int group = 1;
        boolean corenlp = false;
        boolean noText = false;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--group" -> group = Integer.parseInt(args[++i]);
                case "--corenlp" -> corenlp = true;
                case "--no-text" -> noText = true;
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<Path> files = new ArrayList<>();
        Path tmp = Files.createTempDirectory("gate-check");
        for (Path p : InputWalker.resolve(inputs)) {
            String name = p.getFileName().toString();
            if ((limit < Integer.MAX_VALUE || group > 1) && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
                files.add(regroup(p, tmp.resolve(name.replace(".gz", "")), limit, group));
            } else {
                files.add(p);
            }
        }
        Resources r = Resources.load();
        ShapeValidator shapes = ShapeValidator.bundled();
        DocumentPipeline gated = new DocumentPipeline(r, shapes, DocumentPipeline.DEFAULT_MAX_DOC_CHARS);
        DocumentPipeline all = new DocumentPipeline(r, shapes, DocumentPipeline.DEFAULT_MAX_DOC_CHARS,
                DocumentPipeline.Parsing.ALL);
        ParseGate gate = new ParseGate(r.rules(), r.cues(), r.gazetteer());
        StanfordCoreNLP reference = corenlp ? new StanfordCoreNLP(FrenchPipeline.properties()) : null;
        List<Document> docs = InputWalker.readAll(files, e -> System.err.println("input error: " + e.getMessage()),
                w -> System.err.println("warning: " + w.message()));
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong parsedAll = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong parsedTokens = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong quads = new AtomicLong();
        AtomicLong differ = new AtomicLong();
        java.util.Map<ParseGate.Decision, AtomicLong> decisions = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong referenceDiffers = new AtomicLong();
        AtomicLong gatedNanos = new AtomicLong();
        AtomicLong allNanos = new AtomicLong();
        boolean quiet = noText;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (Document doc : docs) {
            jobs.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                MappedDocument g = gated.process(doc, new StageTimes());
                long t1 = System.nanoTime();
                MappedDocument a = all.process(doc, new StageTimes());
                long t2 = System.nanoTime();
                gatedNanos.addAndGet(t1 - t0);
                allNanos.addAndGet(t2 - t1);
                sentences.addAndGet(a.analyzed().sentences().size());
                parsed.addAndGet(g.analyzed().sentences().stream().filter(s -> s.parsed().isParsed()).count());
                tokens.addAndGet(a.analyzed().tokenCount());
                parsedTokens.addAndGet(g.analyzed().sentences().stream().filter(s -> s.parsed().isParsed())
                        .mapToInt(s -> s.parsed().tokens().size()).sum());
                parsedAll.addAndGet(a.analyzed().sentences().stream().filter(s -> s.parsed().isParsed()).count());
                events.addAndGet(a.analyzed().events().size());
                for (ParseGate.Decision d : gate.decide(new Annotate(r.nlp(), r.lemmatizer()).apply(doc)).bySentence()) {
                    decisions.computeIfAbsent(d, k -> new AtomicLong()).incrementAndGet();
                }
                quads.addAndGet(a.graph().size());
                if (!same(g.graph(), a.graph())) {
                    differ.incrementAndGet();
                    synchronized (GateCheck.class) {
                        System.out.println("DIFFERENT: " + doc.id() + " (" + doc.origin() + "): gated "
                                + g.analyzed().events().size() + " events, all " + a.analyzed().events().size());
                        if (!quiet) {
                            describe(g.analyzed(), a.analyzed());
                        }
                    }
                }
                String sentenceDiff = compareSentences(g.analyzed(), a.analyzed());
                if (sentenceDiff != null) {
                    synchronized (GateCheck.class) {
                        System.out.println("SENTENCES DIFFER: " + doc.id() + ": " + sentenceDiff);
                    }
                }
                if (reference != null) {
                    String why = compareWithCoreNlp(reference, r.nlp(), doc);
                    if (why != null) {
                        referenceDiffers.incrementAndGet();
                        synchronized (GateCheck.class) {
                            System.out.println("NOT CORENLP'S: " + doc.id() + ": " + why);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s: %d documents, %d sentences, parsed %d with the gate (%.1f%%), %d with --parse-all;"
                        + " %d events, %d quads; %d documents with different graphs%s; analysis time gated %.1f s, all %.1f s%n",
                inputs, docs.size(), sentences.get(), parsed.get(), 100.0 * parsed.get() / Math.max(1, sentences.get()),
                parsedAll.get(), events.get(), quads.get(), differ.get(),
                reference != null ? "; " + referenceDiffers.get() + " documents whose sentences differ from CoreNLP's own pipeline" : "",
                gatedNanos.get() / 1e9, allNanos.get() / 1e9);
        System.out.printf(Locale.ROOT, "decisions: %s; tokens parsed %d of %d (%.1f%%)%n", new java.util.TreeMap<>(decisions),
                parsedTokens.get(), tokens.get(), 100.0 * parsedTokens.get() / Math.max(1, tokens.get()));
    }

    private static boolean same(Model a, Model b) {
        return a.size() == b.size() && a.isIsomorphicWith(b);
    }

    private static void describe(AnalyzedDocument gated, AnalyzedDocument all) {
        for (int i = 0; i < all.sentences().size(); i++) {
            LinkedSentence s = all.sentences().get(i);
            String text = all.document().text().substring(s.parsed().begin(), s.parsed().end());
            long eg = gated.events().stream().filter(e -> e.sentenceIndex() == s.parsed().index()).count();
            long ea = all.events().stream().filter(e -> e.sentenceIndex() == s.parsed().index()).count();
            System.out.printf("  [%d] %s gated=%s events %d/%d: %s%n", i, gated.sentences().get(i).parsed().parse(),
                    gated.sentences().get(i).parsed().isParsed(), eg, ea, text.length() > 160 ? text.substring(0, 160) + "…" : text);
        }
        all.events().forEach(e -> System.out.println("  all:   " + e));
        gated.events().forEach(e -> System.out.println("  gated: " + e));
    }

    /** Null when the sentences parsed in both analyses have the same NER labels and (repaired) dependencies. */
    private static String compareSentences(AnalyzedDocument gated, AnalyzedDocument all) {
        for (int i = 0; i < all.sentences().size(); i++) {
            LinkedSentence g = gated.sentences().get(i);
            LinkedSentence a = all.sentences().get(i);
            if (!g.parsed().isParsed()) {
                continue;
            }
            for (int t = 1; t <= a.parsed().tokens().size(); t++) {
                if (!java.util.Objects.equals(g.corenlpNer(t), a.corenlpNer(t))) {
                    return "sentence " + i + ": NER of token " + t + ": " + g.corenlpNer(t) + " vs " + a.corenlpNer(t);
                }
            }
            if (!g.parsed().graph().toList().equals(a.parsed().graph().toList())) {
                return "sentence " + i + ": dependencies differ";
            }
        }
        return null;
    }

    /** Null when our pipeline gives every sentence the NER labels and basic dependencies of CoreNLP's whole pipeline. */
    private static String compareWithCoreNlp(StanfordCoreNLP reference, FrenchPipeline ours, Document doc) {
        String text = Dateline.blank(doc.text());
        Annotation ann = new Annotation(text);
        reference.annotate(ann);
        List<CoreMap> ref = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<ParsedSentence> mine = ours.parse(text);
        if (ref.size() != mine.size()) {
            return "sentence count " + ref.size() + " vs " + mine.size();
        }
        for (int i = 0; i < ref.size(); i++) {
            List<CoreLabel> rt = ref.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> mt = mine.get(i).tokens();
            if (rt.size() != mt.size()) {
                return "sentence " + i + ": token count";
            }
            for (int t = 0; t < rt.size(); t++) {
                if (!rt.get(t).word().equals(mt.get(t).word()) || !rt.get(t).tag().equals(mt.get(t).tag())
                        || !java.util.Objects.equals(rt.get(t).ner(), mt.get(t).ner())) {
                    return "sentence " + i + ": token " + t + " " + rt.get(t).toShorterString("Text", "PartOfSpeech", "NamedEntityTag")
                            + " vs " + mt.get(t).toShorterString("Text", "PartOfSpeech", "NamedEntityTag");
                }
            }
            SemanticGraph rg = ref.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (mine.get(i).isParsed() && !rg.toList().equals(mine.get(i).graph().toList())) {
                return "sentence " + i + ": basic dependencies differ";
            }
        }
        return null;
    }

    /** The first {@code limit} lines of a JSON Lines file, {@code group} documents joined into one. */
    private static Path regroup(Path in, Path out, int limit, int group) throws Exception {
        var raw = Files.newInputStream(in);
        var stream = in.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            StringBuilder text = new StringBuilder();
            String id = null;
            while (n < limit && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                if (id == null) {
                    id = o.get("id").getAsString();
                }
                text.append(text.length() > 0 ? "\n" : "").append(o.get("text").getAsString());
                n++;
                if (n % group == 0) {
                    write(w, id, text);
                    id = null;
                }
            }
            if (text.length() > 0) {
                write(w, id, text);
            }
        }
        return out;
    }

    private static void write(BufferedWriter w, String id, StringBuilder text) throws Exception {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("text", text.toString());
        w.write(o.toString());
        w.newLine();
        text.setLength(0);
    }
}
