package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « c'est auprès de la Chine que le Pakistan a acquis ses frégates »: the parser makes
 * the phrase the cleft puts first the head of the sentence and the clause after « que » its dependent (advcl:cleft).
 * When that phrase has a preposition, it is a complement of the clause's verb: the verb takes its place, and the
 * phrase hangs on the verb as an oblique, « c' » and « est » with it. So too when the parser made « est » the head
 * and the phrase its oblique ({@link #cleftVerb}).
 */
final class PrepositionalCleft {
    private static final Set<String> CLEFT_PRONOUNS = FrenchWords.list("cleft-pronoun");
    private static final Set<String> PERIOD_CASES = FrenchWords.list("period-case");

    private static final Set<String> QUE = Set.of("que", "qu'");

    private PrepositionalCleft() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord focus = e.getGovernor();
            IndexedWord verb = e.getDependent();
            IndexedWord mark = Syntax.child(g, verb, "mark");
            // « c'est auprès d'elle que le royaume avait acquis … »: or a relative clause, « que » for its object
            SemanticGraphEdge relativeQue = e.getRelation().toString().equals("acl:relcl") ? Syntax.childEdge(g, verb, "obj") : null;
            // (not a time phrase, « c'est pendant l'occupation, de 1915 à 1934, que … », which dates the clause as it is)
            // (the tagger may call it a pronoun: « c'est au Brésil qu'elle a acheté », where a phrase with a preposition
            // is no antecedent)
            if (mark == null && relativeQue != null && ("SCONJ".equals(relativeQue.getDependent().tag()) || Syntax.child(g, focus, "case") != null)
                    && QUE.contains(Syntax.lower(relativeQue.getDependent())) && !PERIOD_CASES.contains(String.valueOf(Syntax.caseWord(g, focus)))) {
                mark = relativeQue.getDependent();
            }
            if (!e.getRelation().toString().matches("advcl:cleft|ccomp|acl:relcl") || !"VERB".equals(verb.tag()) || verb.index() < focus.index()
                    || mark == null || !QUE.contains(Syntax.lower(mark)) || Syntax.child(g, focus, "case") == null) {
                continue;
            }
            IndexedWord be = cleftVerb(g, focus);
            if (be != null) {
                verbOfCleftVerb(g, e, be, relativeQue);
                continue;
            }
            if (!cleft(g, focus)) {
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
            objectTakenForConjunct(g, verb);
        }
    }

    /**
     * « c'est au Brésil qu'elle a acheté, deux ans plus tard, ses Super Tucano »: a noun phrase the parser coordinated
     * with the phrase put first, without « et », that came to the verb with it, is the verb's object when it has none.
     */
    private static void objectTakenForConjunct(SemanticGraph g, IndexedWord verb) {
        if (Syntax.child(g, verb, "obj") != null) {
            return;
        }
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(verb))) {
            IndexedWord d = c.getDependent();
            if (c.getRelation().toString().equals("conj") && Syntax.isNoun(d) && d.index() > verb.index() && Syntax.child(g, d, "cc") == null
                    && Syntax.child(g, d, "case") == null) {
                ParseRepairs.move(g, c, verb, "obj");
                return;
            }
        }
    }

    /**
     * « c'est à l'Allemagne qu'Athènes a acheté, dans les années 2000, ses sous-marins »: the parser may make « est » the
     * head, the phrase its oblique and what follows the clause its object. « être » of a cleft pronoun, which the
     * phrase hangs on; or null.
     */
    private static IndexedWord cleftVerb(SemanticGraph g, IndexedWord focus) {
        SemanticGraphEdge in = Syntax.parentEdge(g, focus);
        IndexedWord be = in == null ? null : in.getGovernor();
        IndexedWord subject = be == null ? null : Syntax.child(g, be, "nsubj");
        return be != null && in.getRelation().toString().startsWith("obl") && "être".equals(Morph.lemma(be)) && subject != null
                && subject.index() < be.index() && CLEFT_PRONOUNS.contains(Syntax.lower(subject)) ? be : null;
    }

    /** The clause's verb takes the place of « être », the phrase hangs on it, and so does what came after the verb. */
    private static void verbOfCleftVerb(SemanticGraph g, SemanticGraphEdge toVerb, IndexedWord be, SemanticGraphEdge relativeQue) {
        IndexedWord focus = toVerb.getGovernor();
        IndexedWord verb = toVerb.getDependent();
        if (relativeQue != null && Syntax.child(g, verb, "mark") == null) {
            ParseRepairs.move(g, relativeQue, verb, "mark");
        }
        g.removeEdge(toVerb);
        ParseRepairs.takePlace(g, be, verb, null);
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(be))) {
            String rel = c.getRelation().toString();
            if (c.getDependent().equals(focus)) {
                ParseRepairs.move(g, c, verb, "obl");
            } else if (c.getDependent().index() > verb.index() || rel.equals("cc") || rel.equals("punct")) {
                ParseRepairs.move(g, c, verb, rel);
            } else if (rel.startsWith("nsubj")) {
                ParseRepairs.move(g, c, verb, "dep");
            }
        }
        g.addEdge(verb, be, GrammaticalRelation.valueOf(toVerb.getRelation().getLanguage(), "dep"), toVerb.getWeight(), false);
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
