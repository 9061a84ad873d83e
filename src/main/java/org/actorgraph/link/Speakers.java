package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.actorgraph.nlp.Syntax;

/** Part of {@link Discourse}: who a first-person pronoun says it is. */
final class Speakers {
    private Speakers() {}

    /** « Nous, ministres des Affaires étrangères de la France, de l'Allemagne et du Royaume-Uni, condamnons »: the states the apposition names. */
    static List<Actor> namedInApposition(LinkedSentence s, IndexedWord pronoun, ActorResolver resolver, Gazetteer gazetteer) {
        IndexedWord appos = Syntax.child(s.parsed().graph(), pronoun, "appos");
        return appos == null || resolver == null ? List.of() : resolver.resolveWithConjuncts(s, appos).stream()
                .map(r -> gazetteer.accountable(r.actor())).filter(x -> x != null).distinct().toList();
    }
}
