package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;

/**
 * Part of {@link VerbTakenForNoun}: "Armée dès l'indépendance par l'Union soviétique, l'Algérie a ...": a sentence
 * that opens (after any adverb) on a word without determiner that can be a past participle ("Armée", "Équipée"), with an agent « par »
 * before the first comma, opens on that participle; it modifies the subject after the comma when it agrees with it,
 * and the phrases before the comma are its complements.
 */
final class FrontedParticiple {
    private FrontedParticiple() {}

    static void apply(SemanticGraph g) {
        // after a bullet or an adverb: « • Longtemps armée par l'Union soviétique, la Hongrie … »
        IndexedWord first = g.vertexListSorted().stream().filter(w -> !"PUNCT".equals(w.tag()) && !"ADV".equals(w.tag()))
                .findFirst().orElse(null);
        Morph participle = first == null || !"NOUN".equals(first.tag()) ? null : Morph.of(first).asParticiple();
        IndexedWord comma = Syntax.firstComma(g);
        if (participle == null || comma == null || Syntax.child(g, first, "det") != null || !hasAgent(g, first, comma)) {
            return;
        }
        IndexedWord subject = subjectAfter(g, comma);
        if (subject == null || Morph.of(subject).plural() != participle.plural()
                || Morph.of(subject).feminine() != participle.feminine() && !Morph.of(subject).is("sp")) {
            return;
        }
        VerbTakenForNoun.retag(first, participle);
        SemanticGraphEdge in = Syntax.parentEdge(g, first);
        if (in != null) {
            g.removeEdge(in);
        }
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge up = Syntax.parentEdge(g, w);
            if (w.index() > first.index() && w.index() <= comma.index() && up != null && !up.getGovernor().equals(first)
                    && (up.getGovernor().index() < first.index() || up.getGovernor().index() > comma.index())) {
                String rel = "par".equals(Syntax.caseWord(g, w)) ? "obl:agent"
                        : up.getRelation().toString().startsWith("obl") || up.getRelation().toString().equals("nmod") ? "obl"
                        : up.getRelation().toString();
                ParseRepairs.move(g, up, first, rel);
            }
        }
        VerbTakenForNoun.complementsOf(g, first);
        g.addEdge(subject, first, GrammaticalRelation.valueOf(Syntax.parentEdge(g, subject).getRelation().getLanguage(), "acl"),
                1.0, false);
    }

    private static boolean hasAgent(SemanticGraph g, IndexedWord first, IndexedWord comma) {
        return g.vertexListSorted().stream().anyMatch(w -> w.index() > first.index() && w.index() < comma.index()
                && "par".equals(Syntax.lower(w)));
    }

    /** The subject of a verb whose phrase starts right after the comma, or null. */
    private static IndexedWord subjectAfter(SemanticGraph g, IndexedWord comma) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (e.getRelation().toString().startsWith("nsubj") && Syntax.phraseStart(g, e.getDependent()) == comma.index() + 1) {
                return e.getDependent();
            }
        }
        return null;
    }
}
