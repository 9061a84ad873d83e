package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.actorgraph.nlp.FrenchPipeline;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactClassifier} gives CoreNLP's own classifier's scores to the last bit, for feature ids of the precomputed
 * list and others, computed the first time and read from its cache after, with a cache small enough to collide.
 */
class ExactClassifierTest {
    @Test
    void scoresAreCoreNlpsToTheLastBit() throws ReflectiveOperationException {
        Properties depparse = PropertiesUtils.extractPrefixedProperties(FrenchPipeline.properties(), "depparse.");
        // CoreNLP's parser as its depparse annotator loads it: its classifier precomputes at load time.
        DependencyParser parser = DependencyParser.loadFromModelFile(depparse.getProperty("model"), depparse);
        Classifier stock = (Classifier) field("classifier").get(parser);
        @SuppressWarnings("unchecked")
        List<Integer> preComputed = (List<Integer>) field("preComputed").get(parser);
        Config config = (Config) field("config").get(parser);
        ExactClassifier exact = new ExactClassifier(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(),
                preComputed, config.numPreComputed, 64);
        // The tokens the precomputed list has at each position (a feature id is token x numTokens + position).
        List<List<Integer>> precomputedTokens = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            precomputedTokens.add(new ArrayList<>());
        }
        for (int id : preComputed.subList(0, config.numPreComputed)) {
            precomputedTokens.get(id % Config.numTokens).add(id / Config.numTokens);
        }
        int tokens = stock.getE().length;
        Random random = new Random(14);
        for (int n = 0; n < 300; n++) {
            int[] features = new int[Config.numTokens];
            for (int j = 0; j < features.length; j++) {
                List<Integer> pre = precomputedTokens.get(j);
                features[j] = random.nextBoolean() && !pre.isEmpty() ? pre.get(random.nextInt(pre.size()))
                        : random.nextInt(n % 3 == 0 ? 40 : tokens);
            }
            double[] expected = stock.computeScores(features);
            assertArrayEquals(expected, exact.computeScores(features), 0.0);
            assertArrayEquals(expected, exact.computeScores(features), 0.0);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
