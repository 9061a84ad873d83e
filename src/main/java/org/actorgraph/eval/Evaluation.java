package org.actorgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The score of one run of {@code kg evaluate} and its edges, judged and explained, ready to print. */
public record Evaluation(Gold gold, Score score, List<Finding> truePositives, List<Finding> falsePositives,
        List<Finding> falseNegatives) {

    /**
     * Puts the score together with the store's sentences and the mentions' sentences; {@code label} gives an
     * actor's French label from its Wikidata id, or null.
     */
    public static Evaluation of(Gold gold, Score score, StoreEdges store, MentionSentences mentions,
            Function<String, String> label) {
        Function<Edge, Finding> found = e -> new Finding(e, label.apply(e.subject()), label.apply(e.object()),
                store.evidence(e));
        Function<Edge, Finding> missed = e -> {
            Map<Integer, Sentence> byIndex = new TreeMap<>();
            mentions.naming(e.document(), e.subject(), e.object()).forEach(s -> byIndex.put(s.index(), s));
            store.eventsWithoutEdge(e).forEach(s -> byIndex.put(s.index(), s));
            return new Finding(e, label.apply(e.subject()), label.apply(e.object()), List.copyOf(byIndex.values()));
        };
        return new Evaluation(gold, score, score.truePositives().stream().map(found).toList(),
                score.falsePositives().stream().map(found).toList(), score.falseNegatives().stream().map(missed).toList());
    }
}
