package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * « et l'Union soviétique, ravie de prendre pied aux portes du sous-continent, devient le fournisseur principal de
 * l'armée afghane »: the parser makes the detached adjective or participle between commas the clause, with the noun
 * before it for subject, and hangs the finite verb after it, left without subject, on the clause above. The finite
 * verb (or hung on the adjective itself) takes the adjective's place with the noun for subject; the adjective describes
 * the noun.
 */
final class DetachedAttributeTakenForClause {
    private static final Set<String> VERB_ON_CLAUSE = Set.of("advcl", "conj", "parataxis");

    private DetachedAttributeTakenForClause() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord attribute : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge subjectEdge = Syntax.childEdge(g, attribute, "nsubj");
            boolean detached = ("ADJ".equals(attribute.tag()) || "VERB".equals(attribute.tag()) && Morph.of(attribute).pastParticiple())
                    && Syntax.child(g, attribute, "aux") == null && Syntax.child(g, attribute, "cop") == null
                    && Syntax.child(g, attribute, "aux:pass") == null;
            if (!detached || subjectEdge == null || !Syntax.isNoun(subjectEdge.getDependent())
                    || Syntax.phraseEnd(g, subjectEdge.getDependent()) + 2 != attribute.index()
                    || !Syntax.precededBy(g, attribute.index(), ",")) {
                continue;
            }
            int end = Syntax.phraseEnd(g, attribute);
            IndexedWord verb = g.getNodeByIndexSafe(end + 2);
            Set<IndexedWord> phrase = g.descendants(attribute);
            for (SemanticGraphEdge e : g.outgoingEdgeList(attribute)) {
                // (« …, ravie de prendre pied au Proche-Orient, devient »: the verb may hang on the adjective itself)
                Set<IndexedWord> own = new HashSet<>(phrase);
                own.removeAll(g.descendants(e.getDependent()));
                int ownEnd = own.stream().filter(w -> !"PUNCT".equals(w.tag())).mapToInt(IndexedWord::index).max().orElse(attribute.index());
                if (VERB_ON_CLAUSE.contains(e.getRelation().toString()) && e.getDependent().index() == ownEnd + 2) {
                    verb = e.getDependent();
                }
            }
            SemanticGraphEdge in = verb == null ? null : Syntax.parentEdge(g, verb);
            if (in == null || !Syntax.precededBy(g, verb.index(), ",") || !"VERB".equals(verb.tag())
                    || !Morph.of(verb).finiteIndicative() || Syntax.child(g, verb, "nsubj") != null
                    || !VERB_ON_CLAUSE.contains(in.getRelation().toString())
                    || !in.getGovernor().equals(attribute) && ParseRepairs.isBelow(g, verb, attribute)) {
                continue;
            }
            g.removeEdge(in);
            ParseRepairs.takePlace(g, attribute, verb, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(attribute))) {
                if (e.getDependent().index() < subjectEdge.getDependent().index()) {
                    ParseRepairs.move(g, e, verb, e.getRelation().toString());
                }
            }
            ParseRepairs.move(g, subjectEdge, verb, "nsubj");
            g.addEdge(subjectEdge.getDependent(), attribute, VerbTakenForNoun.relation(in, "acl"), in.getWeight(), false);
        }
    }
}
