package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « l'ambassadeur haïtien auprès de l'OEA, Léon Charles, qui a condamné … »: the parser hangs the envoy's name, and
 * the relative clause after it, on the body the envoy is sent to. The name in apposition is the envoy's; the relative
 * clause after the name is about the name.
 */
final class NameOfEnvoyAfterHost {
    private static final Set<String> ENVOY_NOUNS = FrenchWords.list("envoy-noun");

    private NameOfEnvoyAfterHost() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !"PROPN".equals(name.tag()) || !"auprès".equals(Syntax.caseWord(g, host))) {
                continue;
            }
            IndexedWord envoy = envoyBefore(g, host);
            if (envoy == null) {
                continue;
            }
            ParseRepairs.move(g, e, envoy, "appos");
            for (SemanticGraphEdge r : new ArrayList<>(g.outgoingEdgeList(host))) {
                if (r.getRelation().toString().equals("acl:relcl") && r.getDependent().index() > name.index()) {
                    ParseRepairs.move(g, r, name, "acl:relcl");
                }
            }
        }
    }

    /** The envoy noun right before the « auprès de » phrase of {@code host}, an adjective between them allowed; or null. */
    private static IndexedWord envoyBefore(SemanticGraph g, IndexedWord host) {
        int start = Syntax.yieldStart(g, host);
        for (int i = start - 1; i >= Math.max(1, start - 3); i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null) {
                return null;
            }
            if (ENVOY_NOUNS.contains(Morph.lemma(w)) && Syntax.isNoun(w)) {
                return w;
            }
            if (!"ADJ".equals(w.tag())) {
                return null;
            }
        }
        return null;
    }
}
