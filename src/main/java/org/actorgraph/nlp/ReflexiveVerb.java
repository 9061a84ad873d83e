package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link VerbTakenForNoun}: « rappelaient que l'armée soudanaise s'équipe de longue date auprès de la
 * Russie »: the tagger takes the verb after a reflexive « se » for a noun (« équipe ») and the parser hangs it on the
 * noun before it. A word right after « se », with no determiner, that can be a finite verb is that verb; the noun it
 * hung on is its subject, and what followed the verb its complements (under a « que » taken for the head of the
 * clause, the clause is the « que »'s governor's complement).
 */
final class ReflexiveVerb {
    private static final Set<String> REFLEXIVE = FrenchWords.list("reflexive");

    private ReflexiveVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            Morph verb = Morph.of(w).asVerb();
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
            if (!"NOUN".equals(w.tag()) || verb == null || Syntax.child(g, w, "det") != null || before == null
                    || !REFLEXIVE.contains(Syntax.lower(before)) || !g.getChildren(w).contains(before)) {
                continue;
            }
            IndexedWord own = Syntax.child(g, w, "nsubj");
            if (in == null && own != null && own.index() < w.index()) {
                // « L'armée soudanaise s'arme de longue date auprès de la Russie »: the root, with its subject already
                VerbTakenForNoun.retag(w, verb);
                before.setTag("PRON");
                VerbTakenForNoun.complementsOf(g, w);
                continue;
            }
            if (in == null || !Syntax.isNoun(in.getGovernor()) || in.getGovernor().index() > w.index()) {
                continue;
            }
            IndexedWord subject = in.getGovernor();
            VerbTakenForNoun.retag(w, verb);
            before.setTag("PRON");
            ParseRepairs.move(g, Syntax.parentEdge(g, before), w, "expl:pv");
            g.removeEdge(in);
            SemanticGraphEdge toSubject = Syntax.parentEdge(g, subject);
            IndexedWord que = toSubject == null ? null : toSubject.getGovernor();
            if (que != null && "SCONJ".equals(que.tag()) && Syntax.parentEdge(g, que) != null) {
                // « rappelaient que(xcomp) l'armée(obj) »: the clause is the complement, « que » its mark
                ParseRepairs.takePlace(g, que, w, "ccomp");
                g.removeEdge(toSubject);
                g.addEdge(w, que, VerbTakenForNoun.relation(toSubject, "mark"), toSubject.getWeight(), false);
            } else {
                ParseRepairs.takePlace(g, subject, w, null);
            }
            g.addEdge(w, subject, VerbTakenForNoun.relation(in, "nsubj"), in.getWeight(), false);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(subject))) {
                if (e.getDependent().index() > w.index()) {
                    ParseRepairs.move(g, e, w, e.getRelation().toString().equals("nmod") ? "obl" : e.getRelation().toString());
                }
            }
            VerbTakenForNoun.complementsOf(g, w);
        }
    }
}
