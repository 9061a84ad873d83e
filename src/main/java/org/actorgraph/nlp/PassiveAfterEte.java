package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « le système sol-air a d'abord été vendu à l'Espagne »: the parser may label « été » a plain auxiliary and the
 * subject an active one, and the verb then reads as active (its subject the seller). « été » before a past participle
 * is always the passive auxiliary (the perfect of « être » itself has no participle after it): it becomes aux:pass and
 * the subject nsubj:pass.
 */
final class PassiveAfterEte {
    private PassiveAfterEte() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(verb.tag()) || !Morph.of(verb).pastParticiple() || Syntax.child(g, verb, "aux:pass") != null) {
                continue;
            }
            SemanticGraphEdge ete = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("aux") && "été".equals(Syntax.lower(e.getDependent()))
                            && e.getDependent().index() < verb.index())
                    .findFirst().orElse(null);
            if (ete == null) {
                continue;
            }
            ParseRepairs.move(g, ete, verb, "aux:pass");
            SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj");
            if (subject != null) {
                ParseRepairs.move(g, subject, verb, "nsubj:pass");
            }
        }
    }
}
