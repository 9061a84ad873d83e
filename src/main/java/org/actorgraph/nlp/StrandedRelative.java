package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * "et pour le Kirghizstan, que Moscou équipe de longue date": the parser hangs the relative « que » alone on its
 * antecedent as the relative clause, and the clause's verb elsewhere. The verb after « que » and its subject is the
 * relative clause, on that antecedent, and « que » its object.
 */
final class StrandedRelative {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");

    private StrandedRelative() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord que = e.getDependent();
            IndexedWord antecedent = e.getGovernor();
            if (!e.getRelation().toString().equals("acl:relcl") || !RELATIVE_QUE.contains(Syntax.lower(que))
                    || !g.outgoingEdgeList(que).isEmpty() || !Syntax.isNoun(antecedent)) {
                continue;
            }
            IndexedWord verb = verbAfter(g, que);
            SemanticGraphEdge toVerb = verb == null ? null : Syntax.parentEdge(g, verb);
            if (toVerb == null || ParseRepairs.isBelow(g, antecedent, verb)) {
                continue;
            }
            que.setTag("PRON");
            ParseRepairs.move(g, toVerb, antecedent, "acl:relcl");
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /** The finite verb right after « que » and its subject, without an object of its own, or null. */
    private static IndexedWord verbAfter(SemanticGraph g, IndexedWord que) {
        for (IndexedWord w : g.vertexListSorted()) {
            IndexedWord subject = Syntax.child(g, w, "nsubj");
            if (w.index() > que.index() && "VERB".equals(w.tag()) && subject != null && subject.index() > que.index()
                    && Syntax.phraseStart(g, subject) == que.index() + 1 && Syntax.child(g, w, "obj") == null) {
                return w;
            }
        }
        return null;
    }
}
