package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le rachat de F/A-18 au Koweït est, lui, toujours en négociation »: a stressed pronoun set off by commas after the
 * copula sets the subject against another; the parser may take it for the attribute, with the copula and the subject on
 * it and the real attribute as its conjunct. The attribute after it takes the copula, the subject and the pronoun (as a
 * dislocated word).
 */
final class PronounTakenForAttribute {
    private static final Set<String> STRESSED = FrenchWords.list("disjunctive-pronoun");

    private PronounTakenForAttribute() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord pronoun : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge cop = Syntax.childEdge(g, pronoun, "cop");
            if (!"PRON".equals(pronoun.tag()) || !STRESSED.contains(Syntax.lower(pronoun)) || cop == null
                    || cop.getDependent().index() > pronoun.index() || !Syntax.betweenCommas(g, pronoun)) {
                continue;
            }
            SemanticGraphEdge attribute = g.outgoingEdgeList(pronoun).stream()
                    .filter(e -> e.getRelation().toString().equals("conj") && e.getDependent().index() > pronoun.index()
                            && (Syntax.isNoun(e.getDependent()) || "ADJ".equals(e.getDependent().tag())))
                    .findFirst().orElse(null);
            if (attribute == null) {
                continue;
            }
            IndexedWord predicate = attribute.getDependent();
            SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
            if (in == null) {
                g.removeEdge(attribute);
                g.getRoots().remove(pronoun);
                g.setRoot(predicate);
            } else {
                ParseRepairs.move(g, attribute, in.getGovernor(), in.getRelation().toString());
                g.removeEdge(in);
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(pronoun))) {
                ParseRepairs.move(g, e, predicate, e.getRelation().toString());
            }
            g.addEdge(predicate, pronoun, GrammaticalRelation.valueOf(attribute.getRelation().getLanguage(), "dislocated"), attribute.getWeight(), false);
        }
    }
}
