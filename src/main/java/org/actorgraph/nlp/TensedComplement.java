package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le gouvernement de Maseru a accusé Pretoria d'agression caractérisée, et le Conseil de sécurité a condamné
 * l'Afrique du Sud »: the parser may take a second clause for an open complement of the first (xcomp), make the first
 * clause's object its subject, and hang the second subject, after « et », on a word of the first clause. A complement
 * with an auxiliary of its own (« a condamné ») is a clause of its own: it is a conjunct of the first verb, the noun
 * right after the conjunction is its subject, and the phrase the parser gave it for subject, standing between the
 * two verbs before the conjunction, is the first verb's object.
 */
final class TensedComplement {
    private static final Set<String> CONJUNCTIONS = FrenchWords.list("clause-conjunction");

    private TensedComplement() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge xcomp : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = xcomp.getGovernor();
            IndexedWord second = xcomp.getDependent();
            IndexedWord aux = Syntax.child(g, second, "aux");
            if (!xcomp.getRelation().toString().equals("xcomp") || !"VERB".equals(first.tag()) || !"VERB".equals(second.tag())
                    || aux == null || aux.index() < first.index() || Syntax.child(g, second, "mark") != null) {
                continue;
            }
            IndexedWord cc = conjunctionBetween(g, first, second);
            IndexedWord subject = cc == null ? null : subjectAfter(g, cc, second);
            if (subject == null) {
                continue;
            }
            SemanticGraphEdge wrongSubject = Syntax.childEdge(g, second, "nsubj");
            ParseRepairs.move(g, xcomp, first, "conj");
            ParseRepairs.move(g, Syntax.parentEdge(g, subject), second, "nsubj");
            ParseRepairs.move(g, Syntax.parentEdge(g, cc), second, "cc");
            if (wrongSubject != null && wrongSubject.getDependent().index() > first.index() && wrongSubject.getDependent().index() < cc.index()
                    && Syntax.child(g, first, "obj") == null) {
                ParseRepairs.move(g, wrongSubject, first, "obj");
            }
        }
    }

    /** The coordinating conjunction, preceded by a comma, between the two verbs; null when there is none. */
    private static IndexedWord conjunctionBetween(SemanticGraph g, IndexedWord first, IndexedWord second) {
        for (int i = second.index() - 1; i > first.index() + 1; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            IndexedWord before = g.getNodeByIndexSafe(i - 1);
            if (w != null && before != null && "CCONJ".equals(w.tag()) && CONJUNCTIONS.contains(Syntax.lower(w)) && ",".equals(before.word())
                    && Syntax.parentEdge(g, w) != null) {
                return w;
            }
        }
        return null;
    }

    /**
     * The noun the conjunction introduces (its head, a noun or a name between the conjunction and the second verb, with
     * no verb between them); null when there is none.
     */
    private static IndexedWord subjectAfter(SemanticGraph g, IndexedWord cc, IndexedWord second) {
        IndexedWord noun = g.getParent(cc);
        if (noun == null || !Syntax.isNoun(noun) || noun.index() <= cc.index() || noun.index() >= second.index()
                || Syntax.parentEdge(g, noun) == null) {
            return null;
        }
        for (int i = cc.index() + 1; i < second.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && "VERB".equals(w.tag())) {
                return null;
            }
        }
        return noun;
    }
}
