package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * "et pour le Kirghizstan, que Moscou équipe de longue date": the parser hangs the relative « que » alone on its
 * antecedent as the relative clause, and the clause's verb elsewhere. The verb after « que » and its subject is the
 * relative clause, on that antecedent, and « que » its object. A « qui » clause hung on a verb goes back to the noun
 * phrase before its comma ({@link #relativeOnVerb}).
 */
final class StrandedRelative {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");
    private static final Set<String> NOUN_INTERNAL = Set.of("amod", "nummod", "det", "case", "nmod", "flat", "flat:name", "fixed", "compound");

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

    /**
     * « … auprès de l'Union soviétique, son fournisseur attitré depuis vingt ans, qui lui livra ses premiers MiG-29 »:
     * the parser hangs a subject relative « qui » after a comma on a verb, which no relative clause can qualify, and
     * the apposition before it on that verb as its object. The relative clause qualifies the noun phrase before the
     * comma (past a prepositional phrase that ends it); a determined noun phrase between commas right after a name is
     * that name's apposition.
     */
    static void relativeOnVerb(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord relative = e.getDependent();
            IndexedWord qui = Syntax.child(g, relative, "nsubj");
            if (!e.getRelation().toString().equals("acl:relcl") || !"VERB".equals(e.getGovernor().tag()) || qui == null
                    || !"qui".equals(Syntax.lower(qui)) || !Syntax.precededBy(g, qui.index(), ",")) {
                continue;
            }
            IndexedWord antecedent = phraseBefore(g, qui.index() - 1, true);
            if (antecedent == null || !Syntax.isNoun(antecedent) || antecedent.equals(e.getGovernor())
                    || ParseRepairs.isBelow(g, antecedent, relative)) {
                continue;
            }
            ParseRepairs.move(g, e, antecedent, "acl:relcl");
            SemanticGraphEdge in = Syntax.parentEdge(g, antecedent);
            int start = Syntax.phraseStart(g, antecedent);
            IndexedWord name = Syntax.precededBy(g, start, ",") ? phraseBefore(g, start - 1, false) : null;
            if (in != null && in.getRelation().toString().equals("obj") && Syntax.child(g, antecedent, "det") != null
                    && name != null && Syntax.isNoun(name) && in.getGovernor().index() < name.index()
                    && !ParseRepairs.isBelow(g, name, antecedent)) {
                ParseRepairs.move(g, in, name, "appos");
            }
        }
    }

    /**
     * The head of the noun phrase that ends before the comma at {@code comma}; past a prepositional phrase that ends
     * it (« son fournisseur attitré depuis vingt ans ») when {@code pastPrepositional}; or null.
     */
    private static IndexedWord phraseBefore(SemanticGraph g, int comma, boolean pastPrepositional) {
        IndexedWord w = g.getNodeByIndexSafe(comma - 1);
        for (int i = 0; w != null && i < 3; i++) {
            IndexedWord head = w;
            for (SemanticGraphEdge in = Syntax.parentEdge(g, head); in != null && in.getGovernor().index() < comma
                    && NOUN_INTERNAL.contains(in.getRelation().toString()); in = Syntax.parentEdge(g, head)) {
                head = in.getGovernor();
            }
            if (!pastPrepositional || Syntax.child(g, head, "case") == null) {
                return head;
            }
            w = g.getNodeByIndexSafe(Syntax.phraseStart(g, head) - 1);
        }
        return null;
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
