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
 * clause, and what hung on the participle after the comma is the verb's. A past participle without auxiliary that opens
 * the sentence (« Commandés en 2009 auprès de HAL, trois hélicoptères Chetak ne sont arrivés qu'en 2015 ») says what
 * was done to the verb's subject: it hangs on that subject, and what hung on the verb before the comma is its own.
 */
final class OpeningParticiple {
    private static final Set<String> HUNG_AS = Set.of("acl:relcl", "parataxis");

    private OpeningParticiple() {}

    static void apply(SemanticGraph g) {
        IndexedWord participle = g.vertexListSorted().stream().filter(w -> !"PUNCT".equals(w.tag()) && !"ADV".equals(w.tag()))
                .findFirst().orElse(null);
        IndexedWord comma = Syntax.firstComma(g);
        boolean past = participle != null && Morph.of(participle).pastParticiple()
                && g.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString().startsWith("aux")
                        || e.getRelation().toString().startsWith("nsubj") || e.getRelation().toString().equals("cop"));
        if (participle == null || comma == null || !"VERB".equals(participle.tag()) || !Morph.of(participle).presentParticiple() && !past
                || !past && !g.getRoots().contains(participle)) {
            return;
        }
        Set<IndexedWord> below = g.descendants(participle);
        for (IndexedWord verb : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, verb);
            IndexedWord subject = Syntax.child(g, verb, "nsubj");
            if (!below.contains(verb) || verb.index() < comma.index() || in == null
                    || !HUNG_AS.contains(in.getRelation().toString()) && !past
                    || subject == null || subject.index() < comma.index() || subject.index() > verb.index()
                    || g.outgoingEdgeList(verb).stream().anyMatch(e -> Syntax.isRelativePronoun(e.getDependent())
                            || "où".equals(Syntax.lower(e.getDependent())))
                    || past && g.getParent(participle) != null && g.descendants(subject).contains(g.getParent(participle))) {
                continue; // (a participle already on the subject's phrase is where it belongs)
            }
            g.removeEdge(in);
            ParseRepairs.takePlace(g, participle, verb, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(participle))) {
                if (e.getDependent().index() > comma.index()) {
                    ParseRepairs.move(g, e, verb, e.getRelation().toString());
                }
            }
            if (past) {
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                    if (e.getDependent().index() < comma.index()) {
                        ParseRepairs.move(g, e, participle, e.getRelation().toString().equals("obl:mod") ? "obl" : e.getRelation().toString());
                    }
                }
            }
            g.addEdge(past ? subject : verb, participle, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), past ? "acl" : "advcl"),
                    in.getWeight(), false);
            return;
        }
    }
}
