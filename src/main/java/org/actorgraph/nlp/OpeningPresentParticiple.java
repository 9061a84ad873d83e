package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Ouvrant la discussion pour l'opposition, la députée Chiara Melis a rappelé … »: a
 * sentence that opens on a present participle may be parsed with the participle as root and the main clause as a
 * relative clause of its object, though no relative pronoun opens it, or as the participle's parataxis. The finite
 * verb after the first comma, with its subject after that comma, heads the sentence; the participle is its adverbial
 * clause, and what hung on the participle after the comma is the verb's.
 */
final class OpeningPresentParticiple {
    private static final Set<String> HUNG_AS = Set.of("acl:relcl", "parataxis");

    private OpeningPresentParticiple() {}

    static void apply(SemanticGraph g) {
        IndexedWord participle = g.vertexListSorted().stream().filter(w -> !"PUNCT".equals(w.tag()) && !"ADV".equals(w.tag()))
                .findFirst().orElse(null);
        IndexedWord comma = g.vertexListSorted().stream().filter(w -> w.word().equals(",")).findFirst().orElse(null);
        if (participle == null || comma == null || !"VERB".equals(participle.tag()) || !Morph.of(participle).presentParticiple()
                || !g.getRoots().contains(participle)) {
            return;
        }
        Set<IndexedWord> below = g.descendants(participle);
        for (IndexedWord verb : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, verb);
            IndexedWord subject = Syntax.child(g, verb, "nsubj");
            if (!below.contains(verb) || verb.index() < comma.index() || in == null || !HUNG_AS.contains(in.getRelation().toString())
                    || subject == null || subject.index() < comma.index() || subject.index() > verb.index()
                    || g.outgoingEdgeList(verb).stream().anyMatch(e -> Syntax.isRelativePronoun(e.getDependent())
                            || "où".equals(Syntax.lower(e.getDependent())))) {
                continue;
            }
            g.removeEdge(in);
            g.setRoot(verb);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(participle))) {
                if (e.getDependent().index() > comma.index()) {
                    ParseRepairs.move(g, e, verb, e.getRelation().toString());
                }
            }
            g.addEdge(verb, participle, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "advcl"), in.getWeight(), false);
            return;
        }
    }
}
