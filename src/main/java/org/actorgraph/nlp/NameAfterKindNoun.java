package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « quatre chasseurs de mines de la classe Kondor II, transférés par l'Allemagne »: the name right after a noun of a
 * kind (« classe », « type ») is that kind's name. The parser sometimes hangs it on the verb (its object, with the
 * participle after it); it is the kind noun's apposition. (Hung on a noun, on the kind noun or on the noun the kind is
 * of, it is left there: « des sous-marins de classe Angamos reçus de l'Allemagne ».)
 */
final class NameAfterKindNoun {
    private static final Set<String> KIND_NOUNS = FrenchWords.list("kind-noun");

    private NameAfterKindNoun() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = in.getDependent();
            IndexedWord kind = g.getNodeByIndexSafe(name.index() - 1);
            if (!"PROPN".equals(name.tag()) || kind == null || !"NOUN".equals(kind.tag()) || !KIND_NOUNS.contains(Syntax.lower(kind))
                    || Syntax.isNoun(in.getGovernor()) || ParseRepairs.isBelow(g, kind, name)) {
                continue;
            }
            ParseRepairs.move(g, in, kind, "appos");
        }
    }
}
