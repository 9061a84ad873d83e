package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « Leur armée, que l'Union soviétique équipait déjà, s'est offert en 2011 des Su-30 »: once the relative clause is
 * back on its noun, the verb the parser made its conjunct (after a comma, with no subject of its own) is the main verb
 * and the noun, which the parser made the root, its subject.
 */
final class MainVerbAfterRelative {
    private MainVerbAfterRelative() {}

    private static boolean subjectBefore(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() < verb.index());
    }

    static void apply(SemanticGraph g, IndexedWord noun, IndexedWord relativeVerb) {
        if (Syntax.parentEdge(g, noun) != null) {
            return;
        }
        SemanticGraphEdge toMain = g.outgoingEdgeList(relativeVerb).stream()
                .filter(e -> e.getRelation().toString().equals("conj") && "VERB".equals(e.getDependent().tag())
                        && e.getDependent().index() > relativeVerb.index() && !subjectBefore(g, e.getDependent())
                        && Syntax.child(g, e.getDependent(), "cc") == null)
                .findFirst().orElse(null);
        if (toMain == null) {
            return;
        }
        IndexedWord main = toMain.getDependent();
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(main))) {
            if (e.getRelation().toString().startsWith("nsubj") && Syntax.child(g, main, "obj") == null) {
                // « s'est offert en 2011 six chasseurs »: what the parser took for an inverted subject is the object.
                ParseRepairs.move(g, e, main, "obj");
            }
        }
        ParseRepairs.promote(g, noun, toMain, "nsubj", false);
    }
}
