package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP French pipeline, in three parts: tagging (tokenize, ssplit, mwt, pos), NER, and the dependency
 * parser. A document is tagged and labelled by NER whole ({@link #tag}); the parser then runs on the sentences the
 * caller chooses ({@link #parse(Tagged, BitSet)}): every one ({@link #parse(String)}), or those the parse gate of
 * {@code pipeline.ParseGate} lets through. The three parts' models are loaded in parallel ({@link #load()}, about 1.5 GB),
 * and the pipeline is ready when the tagger and NER are: the parser goes on loading while the first documents are
 * tagged, and the first parse waits for it. A JVM loads them once and every caller shares them (thread-safe).
 *
 * <p>Each part is CoreNLP's own, with the properties of {@link #properties()}: NER and the parser work sentence by
 * sentence, so a sentence gets the same labels and the same tree whether its neighbours are annotated or not. The
 * parser is CoreNLP's {@code depparse} model, run as its annotator runs it ({@code DependencyParser.predict}, with a
 * classifier that gives the same scores in less time: {@link ParserLoader}), but only the basic dependencies are built
 * from its result (the annotator also builds four enhanced graphs, which nothing here reads), and only on sentences of at most {@link #MAX_SENTENCE_TOKENS} tokens: CoreNLP 4.5.10's
 * {@code depparse} has no length bound ({@code depparse.maxlen} is read by nothing; only {@code pos.maxlen} and
 * {@code ner.maxlen} exist), so longer sentences are tokenized, tagged and counted, but not parsed.
 */
public final class FrenchPipeline {
    /**
     * Sentences longer than this are not parsed (nor given to the tagger's and NER's own length bounds): a bound against
     * runaway input (a paragraph without full stops). The tagger, NER and the transition-based parser take time linear in length, so the bound is set above
     * the long sentences of parliamentary French (« Le Gouvernement observe que … ; que … ; que … », 158 tokens).
     */
    public static final int MAX_SENTENCE_TOKENS = 250;

    /** The annotators before NER; {@link #properties()} lists them with {@code ner} and {@code depparse} after. */
    private static final String TAGGING_ANNOTATORS = "tokenize,ssplit,mwt,pos";

    private static final Logger log = LoggerFactory.getLogger(FrenchPipeline.class);

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    /** The parser, which may still be loading; {@link #awaitParser()} waits for it. */
    private final CompletableFuture<DependencyParser> parser;
    private final long loadMillis;

    FrenchPipeline(StanfordCoreNLP tagger, StanfordCoreNLP ner, CompletableFuture<DependencyParser> parser,
            long loadMillis) {
        this.tagger = tagger;
        this.ner = ner;
        this.parser = parser;
        this.loadMillis = loadMillis;
    }

    /**
     * Loads the three parts' models in parallel (about 1.5 GB), on as many threads as there are cores, up to three: NER's,
     * the longest to load (2.5 s alone), first, then the tagger's, then the parser's, which on two cores loads after the
     * tagger's beside NER's. Returns when the tagger and NER are loaded, the parser perhaps still loading: documents can
     * be tagged, and the first parse waits for the parser ({@link #awaitParser()}). Do it once per JVM and share the
     * instance.
     */
    public static FrenchPipeline load() {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(3, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "kg-load-models");
            t.setDaemon(true);
            return t;
        });
        try {
            Properties props = properties();
            CompletableFuture<StanfordCoreNLP> ner = CompletableFuture.supplyAsync(() -> loadNer(props), pool);
            CompletableFuture<StanfordCoreNLP> tagger = CompletableFuture.supplyAsync(() -> loadTagger(props), pool);
            CompletableFuture<DependencyParser> parser = CompletableFuture.supplyAsync(() -> loadParser(props), pool);
            FrenchPipeline p = new FrenchPipeline(ParallelLoad.join(tagger), ParallelLoad.join(ner), parser,
                    (System.nanoTime() - t0) / 1_000_000);
            if (parser.isDone()) {
                log.info("CoreNLP French models loaded in parallel in {} ms", p.loadMillis);
            } else {
                log.info("CoreNLP French tagger and NER loaded in {} ms; the dependency parser goes on loading", p.loadMillis);
                parser.thenRun(() -> log.info("CoreNLP French dependency parser loaded, {} ms after the start",
                        (System.nanoTime() - t0) / 1_000_000));
            }
            return p;
        } finally {
            pool.shutdown();
        }
    }

    /** The same models loaded one after the other, as CoreNLP itself does (for the benchmark's comparison). */
    public static FrenchPipeline loadSequentially() {
        long t0 = System.nanoTime();
        Properties props = properties();
        StanfordCoreNLP tagger = loadTagger(props);
        StanfordCoreNLP ner = loadNer(props);
        DependencyParser parser = loadParser(props);
        return new FrenchPipeline(tagger, ner, CompletableFuture.completedFuture(parser), (System.nanoTime() - t0) / 1_000_000);
    }

    /** How long loading the models took until the pipeline could tag a document, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Waits until the parser is loaded, and returns it. A failure to load it is rethrown as {@link ModelLoadFailure}
     * whichever document's parse meets it, so that it stops a build instead of failing one document.
     */
    public DependencyParser awaitParser() {
        try {
            return ParallelLoad.join(parser);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            throw new ModelLoadFailure("CoreNLP's French dependency parser could not be loaded: " + e, e);
        }
    }

    private static StanfordCoreNLP loadTagger(Properties props) {
        return timed("tagger (tokenize, ssplit, mwt, pos)", () -> new StanfordCoreNLP(only(props, TAGGING_ANNOTATORS), true));
    }

    private static StanfordCoreNLP loadNer(Properties props) {
        // NER alone: the tagger's annotations are already on the sentences it is given.
        return timed("NER", () -> new StanfordCoreNLP(only(props, "ner"), false));
    }

    private static DependencyParser loadParser(Properties props) {
        return timed("dependency parser", () -> ParserLoader.load(props));
    }

    private static <T> T timed(String what, Supplier<T> load) {
        long t0 = System.nanoTime();
        T t = load.get();
        log.debug("loaded the {} in {} ms", what, (System.nanoTime() - t0) / 1_000_000);
        return t;
    }

    private static Properties only(Properties props, String annotators) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("annotators", annotators);
        return p;
    }

    /** The CoreNLP properties of this pipeline, all annotators included (the benchmark's baseline uses them too). */
    public static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = FrenchPipeline.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-french.properties")) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP French models jar is not on the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", TAGGING_ANNOTATORS + ",ner,depparse");
        // CoreNLP's own contractions (au, du, des, auquel…) and « jusqu'au(x) », which its tokenizer keeps whole and
        // its tagger then reads as a verb.
        props.setProperty("mwt.mappingFile", "nlp/french-mwt.tsv");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ssplit.maxSentenceLength", "0");
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        return props;
    }

    /** A text tokenized, split into sentences, tagged and labelled by NER, waiting for the parser on the sentences chosen. */
    public static final class Tagged {
        private final Annotation annotation;
        private final List<CoreMap> sentences;

        private Tagged(Annotation annotation) {
            this.annotation = annotation;
            this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        }

        public int size() {
            return sentences.size();
        }

        /** The tokens of sentence {@code i} (after multi-word token splitting), with their part-of-speech tags. */
        public List<CoreLabel> tokens(int i) {
            return sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
        }

        /** The character offset where sentence {@code i} begins in the text. */
        public int begin(int i) {
            return sentences.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        }

        public int end(int i) {
            return sentences.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        }

        /** Whether sentence {@code i} is short enough to be parsed ({@link #MAX_SENTENCE_TOKENS}). */
        public boolean parseable(int i) {
            return tokens(i).size() <= MAX_SENTENCE_TOKENS;
        }
    }

    /** Tokenizes, splits, tags one text and labels it with NER (the sentences NER's length bound allows). */
    public Tagged tag(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        ner.annotate(annotation);
        return new Tagged(annotation);
    }

    /**
     * Runs the parser on the sentences of {@code chosen} that are within the length bound, and returns every
     * sentence: a sentence not parsed has no graph.
     */
    public List<ParsedSentence> parse(Tagged t, BitSet chosen) {
        List<ParsedSentence> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            CoreMap sentence = t.sentences.get(i);
            ParsedSentence.Parse status;
            if (!t.parseable(i)) {
                status = ParsedSentence.Parse.TOO_LONG;
            } else if (chosen.get(i)) {
                parse(sentence);
                status = ParsedSentence.Parse.PARSED;
            } else {
                status = ParsedSentence.Parse.NOT_NEEDED;
            }
            out.add(ParsedSentence.of(i, sentence, status));
        }
        return out;
    }

    /** Annotates one text whole: every sentence tagged, through NER and, within the length bound, the parser. */
    public List<ParsedSentence> parse(String text) {
        Tagged t = tag(text);
        BitSet all = new BitSet();
        all.set(0, t.size());
        return parse(t, all);
    }

    /** What CoreNLP's depparse annotator does to one sentence, its basic dependencies only. */
    private void parse(CoreMap sentence) {
        if (Thread.interrupted()) {
            throw new RuntimeInterruptedException();
        }
        GrammaticalStructure gs = awaitParser().predict(sentence);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
}
