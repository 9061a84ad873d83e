package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ParseRepairs}: « des F-16 … ont été cédés à la Roumanie, dont les premiers appareils ont rejoint
 * Bucarest »: the parser hangs the antecedent of a relative clause on the relative verb, as an oblique before it,
 * and the relative clause on the main verb. The phrase right before the comma and the relative pronoun is the
 * main verb's, with whatever else before the comma the parser hung on the relative verb; the relative clause is on it.
 */
final class AntecedentTakenForComplement {
    private AntecedentTakenForComplement() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord relative : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord comma = g.getNodeByIndexSafe(relative.index() - 1);
            if (!Syntax.isRelativePronoun(relative) || comma == null || !comma.word().equals(",")) {
                continue;
            }
            IndexedWord verb = relativeVerb(g, relative);
            SemanticGraphEdge verbIn = verb == null ? null : Syntax.parentEdge(g, verb);
            if (verbIn == null || !"VERB".equals(verbIn.getGovernor().tag()) || verbIn.getGovernor().index() > relative.index()) {
                continue;
            }
            SemanticGraphEdge antecedent = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().startsWith("obl") && e.getDependent().index() < relative.index()
                            && Syntax.phraseEnd(g, e.getDependent()) == comma.index() - 1 && Syntax.child(g, e.getDependent(), "case") != null)
                    .findFirst().orElse(null);
            if (antecedent == null) {
                continue;
            }
            IndexedWord main = verbIn.getGovernor();
            ParseRepairs.move(g, antecedent, main, antecedent.getRelation().toString());
            ParseRepairs.move(g, verbIn, antecedent.getDependent(), "acl:relcl");
            // what else the parser hung on the relative verb before the comma is the main verb's too
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                if (e.getDependent().index() < comma.index() && Syntax.phraseEnd(g, e.getDependent()) < comma.index()) {
                    ParseRepairs.move(g, e, main, e.getRelation().toString());
                }
            }
        }
    }

    /** The verb of the clause a relative pronoun opens: the one it hangs on, or whose noun it is a complement of. */
    private static IndexedWord relativeVerb(SemanticGraph g, IndexedWord relative) {
        IndexedWord up = relative;
        for (int depth = 0; depth < 3; depth++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, up);
            if (in == null) {
                return null;
            }
            up = in.getGovernor();
            if ("VERB".equals(up.tag())) {
                return up;
            }
            if (Syntax.child(g, up, "cop") != null) {
                return null; // « dont l'arsenal … était presque entièrement américain »: a clause of its own
            }
        }
        return null;
    }
}
