package org.actorgraph.link;

import java.util.List;
import java.util.Map;

/** Part of {@link Discourse}: the two states a text is about, which "les deux pays" stands for when nothing nearer does. */
final class Protagonists {
    private Protagonists() {}

    /**
     * « Vous présentez Athènes comme une victime et Ankara comme un agresseur. … les deux pays »: the states named in
     * the sentence of "les deux pays" and the one before, when there are exactly two (else none).
     */
    static List<Actor> onlyTwo(List<List<Actor>> named) {
        List<Actor> states = named.stream().flatMap(List::stream).distinct().toList();
        return states.size() == 2 ? states : List.of();
    }

    /**
     * « La Russie, qui arme les deux pays … »: with no pair coordinated in this sentence or the one before, "les deux
     * pays" are the text's two protagonists, the two states named most so far, when both are named clearly more
     * than any other (else none).
     */
    static List<Actor> of(Map<Actor, Integer> mentions) {
        List<Map.Entry<Actor, Integer>> ranked = mentions.entrySet().stream()
                .sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).toList();
        if (ranked.size() < 2 || ranked.get(1).getValue() < 3 || ranked.size() > 2 && ranked.get(2).getValue() * 3 > ranked.get(1).getValue() * 2) {
            return List.of();
        }
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }
}
