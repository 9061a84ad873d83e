package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/** Part of {@link Discourse}: the states a plural pronoun announces before a colon. */
final class AnnouncedList {
    private AnnouncedList() {}

    /**
     * "Ankara leur fournit des drones : Bamako, Niamey et Ouagadougou ont tous trois reçu des TB2": a plural object
     * pronoun before a colon announces the list of states that the clause after the colon names.
     */
    static List<Actor> afterColon(LinkedSentence s, SemanticGraph g, IndexedWord pronoun, ActorResolver resolver, Gazetteer gazetteer) {
        int colon = g.vertexListSorted().stream().filter(w -> w.index() > pronoun.index() && w.word().equals(":"))
                .mapToInt(IndexedWord::index).findFirst().orElse(-1);
        if (colon < 0 || resolver == null) {
            return List.of();
        }
        for (IndexedWord n : g.vertexListSorted()) {
            if (n.index() <= colon || ActorResolver.conjuncts(g, n).isEmpty()) {
                continue;
            }
            List<Actor> states = resolver.resolveWithConjuncts(s, n).stream().map(r -> gazetteer.accountable(r.actor()))
                    .filter(x -> x != null).distinct().toList();
            return states.size() >= 2 ? states : List.of();
        }
        return List.of();
    }
}
