package org.actorgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP French pipeline. Loading the models takes about 10 s and 1.5 GB, so a JVM loads one
 * ({@link #load()}) and every caller shares it; StanfordCoreNLP.annotate is thread-safe.
 *
 * <p>The dependency parser runs apart from the other annotators because CoreNLP 4.5.10's
 * {@code depparse} has no length bound ({@code depparse.maxlen} is read by nothing; only
 * {@code pos.maxlen} and {@code ner.maxlen} exist): sentences longer than {@link #MAX_SENTENCE_TOKENS}
 * are tokenized, tagged and counted, but not parsed.
 */
public final class FrenchPipeline {
    /** Sentences longer than this are not parsed; CoreNLP's parser time grows fast with length. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    private static final Logger log = LoggerFactory.getLogger(FrenchPipeline.class);

    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;

    private FrenchPipeline(Properties props) {
        Properties tagging = new Properties();
        tagging.putAll(props);
        tagging.setProperty("annotators", TAGGING_ANNOTATORS);
        this.tagger = new StanfordCoreNLP(tagging);
        this.parser = new DependencyParseAnnotator(PropertiesUtils.extractPrefixedProperties(props, "depparse."));
    }

    /** The annotators before the parser; {@link #properties()} lists them with {@code depparse} after. */
    private static final String TAGGING_ANNOTATORS = "tokenize,ssplit,mwt,pos,ner";

    /** Loads the models (about 10 s and 1.5 GB): do it once per JVM and share the instance. */
    public static FrenchPipeline load() {
        long t0 = System.nanoTime();
        FrenchPipeline p = new FrenchPipeline(properties());
        log.info("CoreNLP French pipeline loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
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
        props.setProperty("annotators", TAGGING_ANNOTATORS + ",depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ssplit.maxSentenceLength", "0");
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        return props;
    }

    /** Annotates one text; returns its sentences with tokens, NER and basic dependencies. */
    public List<ParsedSentence> parse(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        // The parser annotates the sentence objects it is given, so a view holding only the short ones is enough.
        Annotation parseable = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
        parseable.set(CoreAnnotations.SentencesAnnotation.class, sentences.stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_SENTENCE_TOKENS)
                .toList());
        parser.annotate(parseable);
        List<ParsedSentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(ParsedSentence.of(i, sentences.get(i)));
        }
        return out;
    }
}
