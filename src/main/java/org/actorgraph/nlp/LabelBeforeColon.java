package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * « Bénin : Washington offre douze blindés à l'armée »: a headline opening on a name and a colon labels what follows
 * with its subject matter. The parser takes the label for the subject and the real subject for its apposition; a
 * name after the colon is the subject, the label is set apart.
 */
final class LabelBeforeColon {
    private LabelBeforeColon() {}

    static void apply(SemanticGraph g) {
        IndexedWord label = g.getNodeByIndexSafe(1);
        IndexedWord colon = g.getNodeByIndexSafe(2);
        SemanticGraphEdge in = label == null ? null : Syntax.parentEdge(g, label);
        if (colon == null || !":".equals(colon.word()) || !"PROPN".equals(label.tag()) || in == null
                || !in.getRelation().toString().startsWith("nsubj") || !"VERB".equals(in.getGovernor().tag())) {
            return;
        }
        IndexedWord verb = in.getGovernor();
        for (SemanticGraphEdge e : g.outgoingEdgeList(label)) {
            IndexedWord subject = e.getDependent();
            // (a name: « Somalie : la Chambre du peuple débat … » keeps the label, which says whose chamber it is)
            if (e.getRelation().toString().equals("appos") && Syntax.yieldStart(g, subject) == colon.index() + 1 && "PROPN".equals(subject.tag())
                    && subject.index() < verb.index()) {
                String rel = in.getRelation().toString();
                ParseRepairs.move(g, e, verb, rel);
                ParseRepairs.move(g, in, verb, "dislocated");
                return;
            }
        }
    }
}
