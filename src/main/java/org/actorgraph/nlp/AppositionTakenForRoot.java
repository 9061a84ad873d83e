package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Au début des années 1980, Londres, ancienne puissance coloniale soucieuse de ménager
 * le nouveau régime, vendait au jeune Zimbabwe des avions »: the parser may make the apposition between commas the
 * root, with the name before it and the finite verb after it hung on it. The verb heads the sentence, the name is its
 * subject and the apposition the name's; what opened the sentence and what follows the verb are the verb's.
 */
final class AppositionTakenForRoot {
    private static final Set<String> VERB_RELATIONS = Set.of("acl", "acl:relcl", "parataxis", "dep", "conj");

    private AppositionTakenForRoot() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord apposition : new ArrayList<>(g.getRoots())) {
            if (!"NOUN".equals(apposition.tag()) || Syntax.child(g, apposition, "case") != null) {
                continue;
            }
            SemanticGraphEdge toName = g.outgoingEdgeList(apposition).stream()
                    .filter(e -> "PROPN".equals(e.getDependent().tag()) && e.getDependent().index() < apposition.index()
                            && Syntax.child(g, e.getDependent(), "case") == null && Syntax.precededBy(g, Syntax.phraseEnd(g, e.getDependent()) + 2, ",")
                            && startAfter(g, apposition, e.getDependent()) == Syntax.phraseEnd(g, e.getDependent()) + 2)
                    .findFirst().orElse(null);
            SemanticGraphEdge toVerb = g.outgoingEdgeList(apposition).stream()
                    .filter(e -> VERB_RELATIONS.contains(e.getRelation().toString()) && "VERB".equals(e.getDependent().tag())
                            && e.getDependent().index() > apposition.index() && finite(g, e.getDependent())
                            && Syntax.child(g, e.getDependent(), "nsubj") == null && Syntax.child(g, e.getDependent(), "nsubj:pass") == null
                            && Syntax.precededBy(g, Syntax.phraseStart(g, e.getDependent()), ",")
                            && g.outgoingEdgeList(e.getDependent()).stream().noneMatch(d -> Syntax.isRelativePronoun(d.getDependent())))
                    .findFirst().orElse(null);
            if (toName == null || toVerb == null) {
                continue;
            }
            IndexedWord name = toName.getDependent();
            IndexedWord verb = toVerb.getDependent();
            g.removeEdge(toVerb);
            g.removeEdge(toName);
            g.getRoots().remove(apposition);
            g.setRoot(verb);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(apposition))) {
                if (e.getDependent().index() < name.index() || e.getDependent().index() > verb.index()) {
                    ParseRepairs.move(g, e, verb, e.getDependent().index() < name.index() && Syntax.isNoun(e.getDependent()) ? "obl" : e.getRelation().toString());
                }
            }
            g.addEdge(verb, name, GrammaticalRelation.valueOf(toName.getRelation().getLanguage(), "nsubj"), toName.getWeight(), false);
            g.addEdge(name, apposition, GrammaticalRelation.valueOf(toName.getRelation().getLanguage(), "appos"), toName.getWeight(), false);
        }
    }

    /** Where the apposition's own words start, after the name hung on it. */
    private static int startAfter(SemanticGraph g, IndexedWord apposition, IndexedWord name) {
        return g.outgoingEdgeList(apposition).stream().mapToInt(e -> e.getDependent().index())
                .filter(i -> i > Syntax.phraseEnd(g, name) + 1 && i < apposition.index()).min().orElse(apposition.index());
    }

    private static boolean finite(SemanticGraph g, IndexedWord verb) {
        IndexedWord aux = Syntax.child(g, verb, "aux");
        Morph m = Morph.of(aux != null && aux.index() < verb.index() ? aux : verb);
        return m.finiteIndicative() || m.conditional();
    }
}
