package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « c'est auprès de la Chine que le Pakistan a acquis ses frégates »: the parser makes
 * the phrase the cleft puts first the head of the sentence and the clause after « que » its dependent (advcl:cleft).
 * When that phrase has a preposition, it is a complement of the clause's verb: the verb takes its place, and the
 * phrase hangs on the verb as an oblique, « c' » and « est » with it.
 */
final class PrepositionalCleft {
    private static final Set<String> CLEFT_PRONOUNS = FrenchWords.list("cleft-pronoun");
    private static final Set<String> PERIOD_CASES = FrenchWords.list("period-case");

    private PrepositionalCleft() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord focus = e.getGovernor();
            IndexedWord verb = e.getDependent();
            IndexedWord mark = Syntax.child(g, verb, "mark");
            // « c'est auprès d'elle que le royaume avait acquis … »: or a relative clause, « que » for its object
            SemanticGraphEdge relativeQue = e.getRelation().toString().equals("acl:relcl") ? Syntax.childEdge(g, verb, "obj") : null;
            // (not a time phrase, « c'est pendant l'occupation, de 1915 à 1934, que … », which dates the clause as it is)
            if (mark == null && relativeQue != null && "SCONJ".equals(relativeQue.getDependent().tag())
                    && "que".equals(Syntax.lower(relativeQue.getDependent())) && !PERIOD_CASES.contains(String.valueOf(Syntax.caseWord(g, focus)))) {
                mark = relativeQue.getDependent();
            }
            if (!e.getRelation().toString().matches("advcl:cleft|ccomp|acl:relcl") || !"VERB".equals(verb.tag()) || verb.index() < focus.index()
                    || mark == null || !"que".equals(Syntax.lower(mark)) || Syntax.child(g, focus, "case") == null || !cleft(g, focus)) {
                continue;
            }
            if (Syntax.child(g, verb, "mark") == null) {
                ParseRepairs.move(g, relativeQue, verb, "mark");
            }
            IndexedWord copula = Syntax.child(g, focus, "cop");
            // « et c'est à … »: the conjunction and « ce », on the phrase or on its copula, go with the copula to the verb
            for (IndexedWord holder : List.of(focus, copula)) {
                for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(holder))) {
                    String rel = c.getRelation().toString();
                    if (rel.equals("cc") || holder.equals(focus) && rel.equals("punct") && c.getDependent().index() < focus.index()) {
                        ParseRepairs.move(g, c, verb, rel);
                    } else if (rel.startsWith("nsubj") || holder.equals(focus) && rel.equals("cop")) {
                        ParseRepairs.move(g, c, verb, "dep");
                    }
                }
            }
            ParseRepairs.promote(g, focus, e, "obl", false);
        }
    }

    /** « c'est à … », « C'est auprès de … »: the phrase has a copula and « ce » for subject, on it or on the copula. */
    private static boolean cleft(SemanticGraph g, IndexedWord focus) {
        IndexedWord copula = Syntax.child(g, focus, "cop");
        if (copula == null || !"être".equals(Morph.lemma(copula))) {
            return false;
        }
        IndexedWord subject = Syntax.child(g, focus, "nsubj");
        subject = subject != null ? subject : Syntax.child(g, copula, "nsubj");
        return subject != null && subject.index() < copula.index() && CLEFT_PRONOUNS.contains(Syntax.lower(subject));
    }
}
