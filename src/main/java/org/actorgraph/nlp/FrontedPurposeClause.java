package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Pour combler le vide laissé dans l'artillerie, le ministère a acquis … dix-neuf obusiers »: a sentence that opens on
 * a purpose infinitive (« pour », « afin de ») which the parser made the root, with the main clause after the comma hung
 * inside it (here a conjunct of the infinitive's last noun). The main clause's verb, whose own subject opens right after
 * a comma, becomes the root and the infinitive its adverbial clause; the infinitive's dependents after that verb are its.
 */
final class FrontedPurposeClause {
    private static final Set<String> PURPOSE = FrenchWords.list("purpose-mark");
    private static final Set<String> MISPLACED = Set.of("conj", "parataxis", "dep");

    private FrontedPurposeClause() {}

    static void apply(SemanticGraph g) {
        IndexedWord infinitive = g.getFirstRoot();
        if (infinitive == null || !"VERB".equals(infinitive.tag()) || !Morph.of(infinitive).infinitive()) {
            return;
        }
        IndexedWord first = g.vertexListSorted().stream().filter(w -> !"PUNCT".equals(w.tag())).findFirst().orElse(null);
        IndexedWord mark = Syntax.child(g, infinitive, "mark");
        if (mark == null || !mark.equals(first) || !PURPOSE.contains(Syntax.lower(mark))) {
            return;
        }
        for (IndexedWord verb : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, verb);
            if (verb.index() < infinitive.index() || !"VERB".equals(verb.tag()) || Morph.of(verb).infinitive() || in == null
                    || !MISPLACED.contains(in.getRelation().toString())) {
                continue;
            }
            IndexedWord subject = Syntax.child(g, verb, "nsubj");
            if (subject != null && subject.index() < verb.index() && Syntax.precededBy(g, Syntax.phraseStart(g, subject), ",")) {
                g.removeEdge(in);
                g.setRoot(verb);
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(infinitive))) {
                    boolean secondObject = e.getRelation().toString().equals("obj") && Syntax.child(g, verb, "obj") != null;
                    if (e.getDependent().index() > verb.index() && !secondObject) {
                        ParseRepairs.move(g, e, verb, e.getRelation().toString());
                    }
                }
                g.addEdge(verb, infinitive, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "advcl"), 1.0, false);
                return;
            }
        }
    }
}
