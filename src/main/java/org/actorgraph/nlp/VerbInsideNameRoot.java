package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link VerbTakenForNoun}: "La Russie arme le Kazakhstan depuis 1991, elle lui a livré ...": the parser
 * heads the sentence by the name and hangs the verb read as a noun on it as a compound, the object as an apposition.
 * A word right after the name at the root, lowercase, without a determiner, that can be a finite verb and is followed
 * by a determiner or a name, is the verb: it heads the sentence, the name is its subject, what followed its complements.
 */
final class VerbInsideNameRoot {
    private static final Set<String> NAME_PARTS = Set.of("compound", "appos", "flat", "flat:name", "amod");

    private VerbInsideNameRoot() {}

    static void apply(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        SemanticGraphEdge toName = "PROPN".equals(root.tag()) ? null : openingName(g, root);
        IndexedWord name = toName == null ? root : toName.getDependent();
        if (!"PROPN".equals(name.tag())) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(name)) {
            IndexedWord w = e.getDependent();
            IndexedWord next = g.getNodeByIndexSafe(w.index() + 1);
            if (NAME_PARTS.contains(e.getRelation().toString()) && w.index() == name.index() + 1 && "NOUN".equals(w.tag())
                    && Character.isLowerCase(w.word().charAt(0)) && Syntax.child(g, w, "det") == null
                    && Morph.of(w).asVerb() != null && next != null && ("DET".equals(next.tag()) || "PROPN".equals(next.tag()))) {
                if (toName != null) {
                    // The clause after the comma stands beside the first.
                    g.removeEdge(toName);
                    g.setRoot(name);
                    g.addEdge(name, root, GrammaticalRelation.valueOf(toName.getRelation().getLanguage(), "parataxis"),
                            toName.getWeight(), false);
                }
                makeVerb(g, name, e);
                return;
            }
        }
    }

    /**
     * "La Russie arme l'Inde depuis des décennies, elle lui a livré ...": the edge to the name that opens the
     * sentence, which the parser hung on the root verb of the clause after the comma, or null.
     */
    private static SemanticGraphEdge openingName(SemanticGraph g, IndexedWord root) {
        return g.outgoingEdgeList(root).stream().filter(e -> "PROPN".equals(e.getDependent().tag())
                && Syntax.phraseStart(g, e.getDependent()) == 1 && !e.getRelation().toString().startsWith("nsubj")
                && Syntax.wordBetween(g, e.getDependent(), root, Set.of(","))).findFirst().orElse(null);
    }

    private static void makeVerb(SemanticGraph g, IndexedWord name, SemanticGraphEdge toVerb) {
        IndexedWord verb = toVerb.getDependent();
        VerbTakenForNoun.retag(verb);
        g.removeEdge(toVerb);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
            if (e.getDependent().index() > verb.index()) {
                ParseRepairs.move(g, e, verb, e.getRelation().toString());
            }
        }
        VerbTakenForNoun.complementsOf(g, verb);
        ParseRepairs.takePlace(g, name, verb, null);
        g.addEdge(verb, name, GrammaticalRelation.valueOf(toVerb.getRelation().getLanguage(), "nsubj"), toVerb.getWeight(), false);
    }
}
