package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link VerbTakenForNoun}: « la Libye avait été armée par l'Union soviétique »: the tagger reads the
 * participle as the noun « armée », and the parser makes it an attribute with « été » for copula. A noun without
 * determiner that can be a past participle, after a form of « être », with a « par » complement after it, is the
 * passive participle: « être » its passive auxiliary, the subject its passive subject, « par » its agent.
 */
final class PassiveTakenForAttribute {
    private PassiveTakenForAttribute() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord word : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge copula = Syntax.childEdge(g, word, "cop");
            // « La Tanzanie était armée par la Chine »: or an adjective the dictionary also reads as that participle
            Morph participle = "NOUN".equals(word.tag()) || "ADJ".equals(word.tag()) ? Morph.of(word).asParticiple() : null;
            if (participle == null && "ADJ".equals(word.tag()) && Morph.of(word).pastParticiple()) {
                participle = Morph.of(word);
            }
            if (copula == null || participle == null || Syntax.child(g, word, "det") != null || !hasAgent(g, word)) {
                continue;
            }
            VerbTakenForNoun.retag(word, participle);
            ParseRepairs.move(g, copula, word, "aux:pass");
            SemanticGraphEdge subject = Syntax.childEdge(g, word, "nsubj");
            if (subject != null) {
                ParseRepairs.move(g, subject, word, "nsubj:pass");
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(word))) {
                if (e.getRelation().toString().matches("nmod|obl|obl:mod") && e.getDependent().index() > word.index()) {
                    ParseRepairs.move(g, e, word, "par".equals(Syntax.caseWord(g, e.getDependent())) ? "obl:agent" : "obl");
                }
            }
        }
    }

    private static boolean hasAgent(SemanticGraph g, IndexedWord word) {
        return g.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().matches("nmod|obl|obl:agent")
                && e.getDependent().index() > word.index() && "par".equals(Syntax.caseWord(g, e.getDependent())));
    }
}
