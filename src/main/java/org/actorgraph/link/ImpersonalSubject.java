package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.actorgraph.nlp.Syntax;

/**
 * « À Paris, on accuse depuis longtemps Le Caire d'armer les rebelles »: the impersonal « on » of a clause that opens on
 * a place (« À Paris, », « Au Caire, ») speaks for that place; {@link ActorResolver} resolves the place.
 */
final class ImpersonalSubject {
    private ImpersonalSubject() {}

    /** The place phrase the clause of an « on » subject opens on, before a comma; null when it opens on none. */
    static IndexedWord frontedPlace(SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        if (!"on".equals(Syntax.lower(pronoun)) || !"PRON".equals(pronoun.tag()) || in == null
                || !in.getRelation().toString().equals("nsubj")) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
            IndexedWord place = e.getDependent();
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseEnd(g, place) + 1);
            if (e.getRelation().toString().startsWith("obl") && place.index() < pronoun.index()
                    && Syntax.phraseStart(g, place) == 1 && "à".equals(Syntax.caseWord(g, place))
                    && comma != null && comma.word().equals(",")) {
                return place;
            }
        }
        return null;
    }
}
