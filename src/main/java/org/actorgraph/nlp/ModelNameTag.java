package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ParseRepairs}: the tokenizer splits "F-16" or "Su-30" into "F" and "-16", and the tagger calls the
 * first part X (foreign or unknown). With its number right after it, it is a model's name, a proper noun: a
 * participle or a relative clause on it is on a noun (« des F-16, commandés aux États-Unis »). What the parser hung on
 * the number (« Les Su-30 ougandais, achetés à la Russie »: the adjective, the participle) is the name's.
 */
final class ModelNameTag {
    private ModelNameTag() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord w : g.vertexSet()) {
            IndexedWord number = "X".equals(w.tag()) ? Syntax.child(g, w, "nummod") : null;
            if (number != null && number.index() == w.index() + 1 && number.word().startsWith("-")) {
                w.setTag("PROPN");
            }
        }
        for (IndexedWord w : new ArrayList<>(g.vertexSet())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            if (in == null || !w.word().startsWith("-") || !"NUM".equals(w.tag()) || in.getGovernor().index() != w.index() - 1
                    || !"PROPN".equals(in.getGovernor().tag()) || !in.getRelation().toString().matches("nummod|appos")) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(w))) {
                if (!e.getRelation().toString().equals("punct")) {
                    ParseRepairs.move(g, e, in.getGovernor(), e.getRelation().toString());
                }
            }
        }
    }
}
