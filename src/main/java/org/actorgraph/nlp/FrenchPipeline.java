package org.actorgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
 * The one CoreNLP French pipeline of the JVM. Loading the models takes about 15 s and 1.5 GB,
 * so every caller shares this instance; StanfordCoreNLP.annotate is thread-safe.
 */
public final class FrenchPipeline {
    /** Sentences longer than this are not parsed; CoreNLP's parser time grows fast with length. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    private static final Logger log = LoggerFactory.getLogger(FrenchPipeline.class);
    private static volatile FrenchPipeline shared;

    private final StanfordCoreNLP pipeline;

    private FrenchPipeline(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    public static FrenchPipeline shared() {
        FrenchPipeline p = shared;
        if (p == null) {
            synchronized (FrenchPipeline.class) {
                p = shared;
                if (p == null) {
                    long t0 = System.nanoTime();
                    p = new FrenchPipeline(properties());
                    log.info("CoreNLP French pipeline loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
                    shared = p;
                }
            }
        }
        return p;
    }

    static Properties properties() {
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
        props.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ssplit.maxSentenceLength", "0");
        props.setProperty("depparse.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        return props;
    }

    /** Annotates one text (its dateline left out); returns its sentences with tokens, NER and basic dependencies. */
    public List<ParsedSentence> parse(String text) {
        Annotation annotation = new Annotation(Dateline.blank(text));
        pipeline.annotate(annotation);
        List<ParsedSentence> out = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            out.add(ParsedSentence.of(i, sentences.get(i)));
        }
        return out;
    }
}
