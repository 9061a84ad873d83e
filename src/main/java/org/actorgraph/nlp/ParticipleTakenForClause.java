package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « La France alla jusqu'à lui prêter cinq Super Étendard armés d'Exocet »: the parser makes the object and the past
 * participle after it a clause of its own (the object its subject). With no auxiliary and no comma between them, a
 * counted or indefinite noun is the verb's object and the participle describes it.
 */
final class ParticipleTakenForClause {
    private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "xcomp", "parataxis");
    private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "de", "d'");

    private ParticipleTakenForClause() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord verb = e.getGovernor();
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            if (!CLAUSES.contains(e.getRelation().toString()) || !"VERB".equals(verb.tag()) || !"VERB".equals(participle.tag())
                    || !Morph.of(participle).pastParticiple() || toSubject == null || Syntax.child(g, verb, "obj") != null
                    || Syntax.child(g, participle, "aux") != null || Syntax.child(g, participle, "aux:pass") != null
                    || Syntax.child(g, participle, "cop") != null) {
                continue;
            }
            IndexedWord noun = toSubject.getDependent();
            int end = Syntax.phraseEnd(g, noun);
            // Counted or indefinite, as objects are: « accuse les milices interposées » keeps its small clause.
            IndexedWord det = Syntax.child(g, noun, "det");
            boolean objectLike = Syntax.child(g, noun, "nummod") != null || det != null && INDEFINITE.contains(Syntax.lower(det));
            if (!Syntax.isNoun(noun) || !objectLike || noun.index() < verb.index() || end != participle.index() - 1
                    || e.getRelation().toString().equals("parataxis") && punctuationBetween(g, verb, noun)) {
                continue;
            }
            ParseRepairs.move(g, toSubject, verb, "obj");
            ParseRepairs.move(g, e, noun, "acl");
        }
    }

    /** « lui prêta en 1983 cinq Super Étendard armés d'AM39 »: a parataxis is a clause of its own after a comma or a colon. */
    private static boolean punctuationBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && "PUNCT".equals(w.tag())) {
                return true;
            }
        }
        return false;
    }
}
