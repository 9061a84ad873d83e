package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: « le fournisseur attitré du Kazakhstan comme du Tadjikistan »: a phrase that
 * repeats the preposition of the phrase before it after « comme » is a second item of that phrase, not its
 * complement; and « le Royaume-Uni, tout comme la Belgique, a accusé … »: a name with « comme » between commas right after
 * a subject name does what the subject does, as its conjunct.
 */
final class ComparedConjunct {
    /** « l'ensemble de l'Union européenne »: a noun of the whole of what its complement names. */
    private static final Set<String> WHOLE_NOUNS = FrenchWords.list("whole-noun");

    private ComparedConjunct() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord second = e.getDependent();
            List<IndexedWord> cases = g.outgoingEdgeList(second).stream().filter(c -> c.getRelation().toString().equals("case"))
                    .map(SemanticGraphEdge::getDependent).sorted().toList();
            // the phrase right before « comme », wherever the parser hung the second one (on it, or on the verb)
            IndexedWord first = g.getNodeByIndexSafe(Syntax.phraseStart(g, second) - 1);
            String firstCase = first == null ? null : Syntax.caseWord(g, first);
            if (first != null && e.getRelation().toString().matches("nmod|obl") && "PROPN".equals(second.tag()) && "PROPN".equals(first.tag())
                    && cases.size() == 2 && Syntax.lower(cases.get(0)).equals("comme") && firstCase != null
                    && firstCase.equals(Syntax.nearestCaseWord(g, second))) {
                ParseRepairs.move(g, e, first, "conj");
            }
        }
    }

    /** « le Royaume-Uni, tout comme la Belgique, avait accusé »: a compared name between commas after the subject. */
    static void subjectCompared(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord subject = e.getGovernor();
            IndexedWord compared = e.getDependent();
            SemanticGraphEdge in = Syntax.parentEdge(g, subject);
            IndexedWord next = g.getNodeByIndexSafe(Syntax.phraseEnd(g, compared) + 1);
            if (e.getRelation().toString().matches("nmod|obl") && in != null && in.getRelation().toString().startsWith("nsubj")
                    && Syntax.isNoun(subject) && Syntax.isNoun(compared) && compared.index() > subject.index()
                    && saysComme(g, compared) && next != null && next.word().equals(",")
                    && Syntax.precededBy(g, Syntax.phraseStart(g, compared), ",")) {
                // « le gouvernement grand-ducal, comme l'ensemble de l'Union européenne, a condamné »: the whole's owner
                IndexedWord whole = WHOLE_NOUNS.contains(Morph.lemma(compared)) ? Syntax.child(g, compared, "nmod") : null;
                ParseRepairs.move(g, whole != null ? Syntax.parentEdge(g, whole) : e, subject, "conj");
            }
        }
    }

    /** « comme la Belgique », « tout comme la Belgique » (« comme » then fixed on « tout »). */
    private static boolean saysComme(SemanticGraph g, IndexedWord compared) {
        for (int i = Syntax.phraseStart(g, compared); i < compared.index(); i++) {
            if (Syntax.lower(g.getNodeByIndexSafe(i)).equals("comme")) {
                return true;
            }
        }
        return false;
    }
}
