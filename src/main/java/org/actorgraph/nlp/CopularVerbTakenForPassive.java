package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « La puissance britannique est restée le premier fournisseur du Ghana »: « rester », « devenir », « demeurer » make
 * their compound tenses with « être », which the parser may read as a passive, the attribute as an object. Such a verb
 * has no passive: « être » is its tense auxiliary and the subject an active one (the noun after it stays where the
 * parser puts it when it reads the tense right, « Londres est resté le premier fournisseur »).
 */
final class CopularVerbTakenForPassive {
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");

    private CopularVerbTakenForPassive() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge auxiliary = Syntax.childEdge(g, verb, "aux:pass");
            if (!"VERB".equals(verb.tag()) || !COPULAR.contains(Morph.lemma(verb)) || "être".equals(Morph.lemma(verb)) || auxiliary == null) {
                continue;
            }
            ParseRepairs.move(g, auxiliary, verb, "aux");
            SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj:pass");
            if (subject != null) {
                ParseRepairs.move(g, subject, verb, "nsubj");
            }
        }
    }
}
