package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « la Russie demeure l'alliée historique et le fournisseur traditionnel de l'armée
 * serbe » — the tagger reads « alliée » as a participle, the parser « l' » as its clitic object, and hangs the second
 * attribute on the copula as a conjunct. A clitic cannot stand between a finite copula and its attribute: after a
 * copular verb, a clitic object right before the participle that is the copula's attribute is that noun's article,
 * the participle a noun, and a noun with an article coordinated with the copula is coordinated with the attribute.
 */
final class ArticleTakenForClitic {
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "l’", "les");

    private ArticleTakenForClitic() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord copula = e.getGovernor();
            IndexedWord attribute = e.getDependent();
            if (!e.getRelation().toString().equals("xcomp") || !COPULAR.contains(Morph.lemma(copula)) || !Morph.of(attribute).pastParticiple()
                    || attribute.index() < copula.index()) {
                continue;
            }
            SemanticGraphEdge clitic = Syntax.childEdge(g, attribute, "obj");
            if (clitic == null || clitic.getDependent().index() != attribute.index() - 1 || clitic.getDependent().index() < copula.index()
                    || !ARTICLES.contains(Syntax.lower(clitic.getDependent()))) {
                continue;
            }
            clitic.getDependent().setTag("DET");
            attribute.setTag("NOUN");
            ParseRepairs.move(g, clitic, attribute, "det");
            for (SemanticGraphEdge a : new ArrayList<>(g.outgoingEdgeList(attribute))) {
                if (a.getRelation().toString().equals("xcomp") && "ADJ".equals(a.getDependent().tag())) {
                    ParseRepairs.move(g, a, attribute, "amod");
                }
            }
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(copula))) {
                IndexedWord other = c.getDependent();
                if (c.getRelation().toString().equals("conj") && Syntax.isNoun(other) && other.index() > attribute.index()
                        && Syntax.child(g, other, "det") != null) {
                    ParseRepairs.move(g, c, attribute, "conj");
                }
            }
        }
    }
}
