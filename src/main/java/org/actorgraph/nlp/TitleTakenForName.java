package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « nos Premiers ministres ont accusé l'Indonésie »: with a capital, the adjective of a
 * title is read as a name, and the title as the rest of that name. The title noun heads the phrase, the adjective
 * qualifies it.
 */
final class TitleTakenForName {
    private static final Set<String> TITLE_ADJECTIVES = FrenchWords.list("title-adjective");
    private static final Set<String> TITLES = FrenchWords.list("person-title");

    private TitleTakenForName() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord adjective : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord title = g.getNodeByIndexSafe(adjective.index() + 1);
            SemanticGraphEdge rest = title == null ? null : Syntax.parentEdge(g, title);
            if (!"PROPN".equals(adjective.tag()) || !TITLE_ADJECTIVES.contains(Syntax.lower(adjective)) || rest == null
                    || !rest.getGovernor().equals(adjective) || !rest.getRelation().toString().startsWith("flat")
                    || !"NOUN".equals(title.tag()) || !TITLES.contains(Morph.lemma(title))) {
                continue;
            }
            g.removeEdge(rest);
            ParseRepairs.takePlace(g, adjective, title, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(adjective))) {
                ParseRepairs.move(g, e, title, e.getRelation().toString());
            }
            adjective.setTag("ADJ");
            g.addEdge(title, adjective, GrammaticalRelation.valueOf(rest.getRelation().getLanguage(), "amod"), rest.getWeight(), false);
        }
    }
}
