package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « L'Azerbaïdjan, il est vrai, s'arme auprès d'Israël »: the parser makes the aside « il est vrai » the head of the
 * sentence, its subject a complement of the aside and the verb after it a conjunct. An aside of « il » or « c' », a
 * copula and an adjective of french-words parenthetical-adjective, between commas, with a verb after it that has no
 * subject: the verb heads the sentence, the phrase before the aside is its subject, the aside hangs on it.
 */
final class ParentheticalClause {
    private static final Set<String> ADJECTIVES = FrenchWords.list("parenthetical-adjective");
    private static final Set<String> SUBJECTS = Set.of("il", "c'", "c’", "ce");

    private ParentheticalClause() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord aside : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord subject = Syntax.child(g, aside, "nsubj");
            if (!ADJECTIVES.contains(Morph.lemma(aside)) || subject == null || !SUBJECTS.contains(Syntax.lower(subject))
                    || Syntax.child(g, aside, "cop") == null || !Syntax.precededBy(g, subject.index(), ",")) {
                continue;
            }
            SemanticGraphEdge toVerb = g.outgoingEdgeList(aside).stream()
                    .filter(e -> e.getDependent().index() > aside.index() && "VERB".equals(e.getDependent().tag())
                            && Syntax.child(g, e.getDependent(), "nsubj") == null && Syntax.wordBetween(g, aside, e.getDependent(), Set.of(",")))
                    .findFirst().orElse(null);
            SemanticGraphEdge toPhrase = g.outgoingEdgeList(aside).stream()
                    .filter(e -> e.getDependent().index() < subject.index() - 1 && Syntax.isNoun(e.getDependent())
                            && Syntax.caseWord(g, e.getDependent()) == null)
                    .findFirst().orElse(null);
            if (toVerb == null || toPhrase == null) {
                continue;
            }
            IndexedWord verb = toVerb.getDependent();
            ParseRepairs.promote(g, aside, toVerb, "parataxis", false);
            ParseRepairs.move(g, toPhrase, verb, "nsubj");
        }
    }
}
