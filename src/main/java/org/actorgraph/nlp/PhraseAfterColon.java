package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Derrière Prague se tenait Moscou : de 1955 à 1972, l'Union soviétique a armé
 * l'Égypte »: the parser hangs the clause before the colon on the verb after it, and the phrase that opens the second
 * clause on the first. A phrase after a colon or a semicolon, before the verb that governs its own governor, belongs
 * to that verb.
 */
final class PhraseAfterColon {
    private static final Set<String> PHRASES = Set.of("obl", "obl:mod", "advmod");
    private static final Set<String> BREAKS = Set.of(":", ";");

    private PhraseAfterColon() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = e.getGovernor();
            IndexedWord phrase = e.getDependent();
            SemanticGraphEdge up = Syntax.parentEdge(g, first);
            if (!PHRASES.contains(e.getRelation().toString()) || up == null || !"VERB".equals(first.tag())) {
                continue;
            }
            IndexedWord second = up.getGovernor();
            if ("VERB".equals(second.tag()) && first.index() < phrase.index() && phrase.index() < second.index()
                    && breakBetween(g, first, Syntax.phraseStart(g, phrase))) {
                ParseRepairs.move(g, e, second, e.getRelation().toString());
            }
        }
    }

    private static boolean breakBetween(SemanticGraph g, IndexedWord first, int phraseStart) {
        for (int i = first.index() + 1; i < phraseStart; i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && BREAKS.contains(w.word())) {
                return true;
            }
        }
        return false;
    }
}
