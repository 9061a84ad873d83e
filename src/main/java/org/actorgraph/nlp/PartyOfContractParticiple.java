package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: « la Serbie exécute le contrat conclu en août 2024 avec Dassault Aviation pour
 * douze Rafale » — the parser hangs « avec Dassault Aviation » and « pour douze Rafale » on the clause's verb, past the
 * participle of contracting that describes its object. A « avec » or « pour » phrase after such a participle (french-words
 * contracting-verb), which has none of its own, is that participle's: with whom, and for what, it was concluded.
 */
final class PartyOfContractParticiple {
    private static final Set<String> CONTRACTING = FrenchWords.list("contracting-verb");
    private static final Set<String> CASES = Set.of("avec", "pour");

    private PartyOfContractParticiple() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord phrase = e.getDependent();
            String preposition = Syntax.caseWord(g, phrase);
            if (!e.getRelation().toString().startsWith("obl") || preposition == null || !CASES.contains(preposition) || phrase.index() < verb.index()) {
                continue;
            }
            IndexedWord object = Syntax.child(g, verb, "obj");
            SemanticGraphEdge described = object == null ? null : Syntax.childEdge(g, object, "acl");
            IndexedWord participle = described == null ? null : described.getDependent();
            if (participle == null || participle.index() > phrase.index() || object.index() < verb.index()
                    || !Morph.of(participle).pastParticiple() || !CONTRACTING.contains(Morph.lemma(participle))
                    || g.getChildren(participle).stream().anyMatch(c -> preposition.equals(Syntax.caseWord(g, c)))) {
                continue;
            }
            ParseRepairs.move(g, e, participle, "obl");
        }
    }
}
