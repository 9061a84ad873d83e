package org.actorgraph.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ExactClassifier;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * Loads CoreNLP's dependency parser as its {@code depparse} annotator does, then gives it an {@link ExactClassifier}:
 * the same scores, so the same trees, in less time, and without the two seconds CoreNLP spends at load time
 * precomputing 20,000 vectors of its hidden layer (they are computed when a sentence first needs them). CoreNLP has no
 * way to choose the classifier, so the parser's private fields are read and set by reflection (CoreNLP 4.5.10; a
 * test, {@code ExactClassifierTest}, checks the scores against CoreNLP's own classifier).
 */
final class ParserLoader {
    /**
     * Float slices cached besides the precomputed vectors, 4 KB each (CoreNLP's LRU cache holds 5,000). A larger cache
     * gains nothing on text that does not repeat itself (the UD corpora and the 60 news articles parsed whole: 13.9 s
     * with 32,768, 14.3 s with 8,192).
     */
    private static final int CACHE_SIZE = 8192;

    private ParserLoader() {}

    /** The parser of {@code depparse.model}, with the {@code depparse.*} properties of {@code props}. */
    static DependencyParser load(Properties props) {
        Properties depparse = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
        String model = PropertiesUtils.getString(depparse, "model", DependencyParser.DEFAULT_MODEL);
        int numPreComputed = new Config(depparse).numPreComputed;
        Properties lazy = new Properties();
        lazy.putAll(depparse);
        // No precomputation at load time: ExactClassifier computes the same vectors on first use.
        lazy.setProperty("numPreComputed", "0");
        DependencyParser parser = DependencyParser.loadFromModelFile(model, lazy);
        try {
            Classifier stock = (Classifier) field("classifier").get(parser);
            @SuppressWarnings("unchecked")
            List<Integer> preComputed = (List<Integer>) field("preComputed").get(parser);
            Config config = (Config) field("config").get(parser);
            field("classifier").set(parser, new ExactClassifier(config, stock.getE(), stock.getW1(), stock.getb1(),
                    stock.getW2(), preComputed, numPreComputed, CACHE_SIZE));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser is not the one this was written for (4.5.10)", e);
        }
        return parser;
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
