package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ComplementRepairs}: « a rappelé le contrat signé en 2022 avec les États-Unis pour soixante-quatre
 * chasseurs »: the parser hangs the « pour » phrase that ends a participle's complements on the main verb. Right after
 * the phrase of a participle that describes the verb's object, and where that participle has complements of its own,
 * it is the participle's.
 */
final class PurposeOfParticiple {
    private PurposeOfParticiple() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord phrase = e.getDependent();
            IndexedWord object = Syntax.child(g, verb, "obj");
            if (!e.getRelation().toString().startsWith("obl") || !"VERB".equals(verb.tag()) || object == null
                    || !"pour".equals(Syntax.caseWord(g, phrase))) {
                continue;
            }
            IndexedWord participle = g.outgoingEdgeList(object).stream().filter(a -> a.getRelation().toString().equals("acl"))
                    .map(SemanticGraphEdge::getDependent).filter(p -> Morph.of(p).pastParticiple() && p.index() < phrase.index())
                    .findFirst().orElse(null);
            boolean complemented = participle != null && g.outgoingEdgeList(participle).stream()
                    .anyMatch(c -> c.getRelation().toString().startsWith("obl"));
            IndexedWord caseWord = Syntax.child(g, phrase, "case");
            if (complemented && caseWord != null && Syntax.phraseEnd(g, participle) + 1 == caseWord.index()) {
                ParseRepairs.move(g, e, participle, "obl");
            }
        }
    }
}
