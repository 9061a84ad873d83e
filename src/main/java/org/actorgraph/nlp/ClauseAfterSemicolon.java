package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « … puis lui a livré le Nodong, devenu le Shahab-3 ; pendant quatre décennies, la
 * Corée du Nord a été le principal fournisseur de Téhéran » — the parser hangs the clause after the semicolon, and the
 * phrase that opens it, on a word before. A clause with its own subject after a semicolon stands beside the sentence's
 * main clause, and the phrases between the semicolon and it are its own.
 */
final class ClauseAfterSemicolon {
    private static final Set<String> BESIDE = Set.of("parataxis", "conj");

    private ClauseAfterSemicolon() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord semicolon : g.vertexListSorted()) {
            if (!";".equals(semicolon.word()) || g.getRoots().size() != 1 || g.getFirstRoot().index() > semicolon.index()) {
                continue;
            }
            objectTakenForSubjectAfter(g, semicolon);
            IndexedWord head = clauseAfter(g, semicolon);
            if (head == null) {
                continue;
            }
            IndexedWord root = g.getFirstRoot();
            ParseRepairs.move(g, Syntax.parentEdge(g, head), root, "parataxis");
            for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
                IndexedWord d = e.getDependent();
                if (e.getGovernor().index() < semicolon.index() && d.index() > semicolon.index() && d.index() < head.index()
                        && !d.equals(head) && !ParseRepairs.isBelow(g, d, head)) {
                    ParseRepairs.move(g, e, head, e.getRelation().toString());
                }
            }
        }
    }

    /**
     * « La Belgique a livré à l'Ukraine, dès 2022, des mitrailleuses de la FN ; la promesse de céder des F-16 … n'était
     * pas honorée »: the parser makes the main clause's object the subject of the clause after the semicolon, and that
     * clause's own subject an apposition of it. The phrase goes back to the main verb, which has no object, and what
     * hung on it after the semicolon goes to the clause after, the apposition as its subject.
     */
    private static void objectTakenForSubjectAfter(SemanticGraph g, IndexedWord semicolon) {
        IndexedWord root = g.getFirstRoot();
        if (!"VERB".equals(root.tag()) || Syntax.child(g, root, "obj") != null) {
            return;
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord phrase = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().startsWith("nsubj") || !"NOUN".equals(phrase.tag()) || phrase.index() < root.index()
                    || phrase.index() > semicolon.index() || verb.index() < semicolon.index() || Syntax.child(g, phrase, "det") == null) {
                continue;
            }
            String subject = e.getRelation().toString();
            ParseRepairs.move(g, e, root, "obj");
            for (SemanticGraphEdge after : new ArrayList<>(g.outgoingEdgeList(phrase))) {
                if (after.getDependent().index() > semicolon.index()) {
                    boolean apposition = after.getRelation().toString().equals("appos") && Syntax.child(g, verb, subject) == null;
                    ParseRepairs.move(g, after, verb, apposition ? subject : after.getRelation().toString());
                }
            }
            return;
        }
    }

    /**
     * The first clause head after the semicolon whose subject follows the semicolon but which hangs, directly or
     * through words after the semicolon, on a word before it, other than as the main clause's parataxis or conjunct;
     * null when the next such head is in place.
     */
    private static IndexedWord clauseAfter(SemanticGraph g, IndexedWord semicolon) {
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() <= semicolon.index()) {
                continue;
            }
            if (";".equals(w.word())) {
                return null;
            }
            IndexedWord subject = Syntax.child(g, w, "nsubj");
            if (subject == null) {
                subject = Syntax.child(g, w, "nsubj:pass");
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            // « ; des chars Leclerc, que la France a livrés …, opèrent »: a clause with a conjunction or a relative
            // pronoun is subordinate
            boolean subordinate = Syntax.child(g, w, "mark") != null || g.getChildren(w).stream().anyMatch(Syntax::isRelativePronoun);
            if (subject == null || subject.index() < semicolon.index() || in == null || subordinate) {
                continue;
            }
            // the highest word above it that follows the semicolon, and what that hangs on
            SemanticGraphEdge top = in;
            while (top.getGovernor().index() > semicolon.index() && Syntax.parentEdge(g, top.getGovernor()) != null) {
                top = Syntax.parentEdge(g, top.getGovernor());
            }
            boolean inPlace = top.getGovernor().index() > semicolon.index()
                    || top.getGovernor().equals(g.getFirstRoot()) && BESIDE.contains(top.getRelation().toString());
            return inPlace ? null : w;
        }
        return null;
    }
}
