package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * "Cliente de l'industrie française depuis les Mirage 5 des années 1970, l'Égypte a reçu ...": a noun without
 * article that opens the sentence, before its first comma and the clause's verb, describes the subject after the
 * comma; the parser hangs the phrases of that description on the main verb ("depuis les Mirage 5"), where they would
 * date or qualify the verb's event. They are the opening noun's complements.
 */
final class FrontedApposition {
    private FrontedApposition() {}

    static void apply(SemanticGraph g) {
        IndexedWord first = g.getNodeByIndexSafe(1);
        SemanticGraphEdge in = first == null ? null : Syntax.parentEdge(g, first);
        IndexedWord comma = g.vertexListSorted().stream().filter(w -> w.word().equals(",")).findFirst().orElse(null);
        if (in == null || comma == null || !"NOUN".equals(first.tag()) || Syntax.child(g, first, "det") != null
                || Syntax.child(g, first, "case") != null || !"VERB".equals(in.getGovernor().tag())
                || in.getGovernor().index() < comma.index()) {
            return;
        }
        IndexedWord verb = in.getGovernor();
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
            IndexedWord d = e.getDependent();
            if (d.index() > first.index() && d.index() < comma.index() && Syntax.child(g, d, "case") != null
                    && e.getRelation().toString().startsWith("obl")) {
                ParseRepairs.move(g, e, first, "nmod");
            }
        }
    }
}
