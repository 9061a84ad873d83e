package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « le gouvernement polonais avait en outre reproché à l'Allemagne … »: with an adverbial phrase between them, the
 * parser reads a finite « avoir » as the verb and the past participle after it as a clause on it. A finite « avoir »
 * tagged as a verb, with no object, whose participle child follows it with only adverbs and prepositions between,
 * is that participle's auxiliary: the participle takes its place and its dependents.
 */
final class AuxiliaryTakenForVerb {
    private static final Set<String> FINITE_AVOIR = FrenchWords.list("finite-avoir");
    private static final Set<String> CLAUSE_ON_AUXILIARY = Set.of("acl", "xcomp", "ccomp", "conj", "advcl");
    private static final Set<String> BETWEEN_TAGS = Set.of("ADV", "ADP");

    private AuxiliaryTakenForVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord avoir : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(avoir.tag()) || !FINITE_AVOIR.contains(Syntax.lower(avoir)) || Syntax.child(g, avoir, "obj") != null) {
                continue;
            }
            SemanticGraphEdge toParticiple = g.outgoingEdgeList(avoir).stream()
                    .filter(e -> CLAUSE_ON_AUXILIARY.contains(e.getRelation().toString()) && "VERB".equals(e.getDependent().tag())
                            && Morph.of(e.getDependent()).pastParticiple() && e.getDependent().index() > avoir.index() + 1
                            && onlyAdverbsBetween(g, avoir, e.getDependent()))
                    .findFirst().orElse(null);
            if (toParticiple == null) {
                continue;
            }
            ParseRepairs.promote(g, avoir, toParticiple, "aux", true);
        }
    }

    private static boolean onlyAdverbsBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !BETWEEN_TAGS.contains(w.tag())) {
                return false;
            }
        }
        return true;
    }
}
