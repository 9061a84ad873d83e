package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: "dénonçant la vente à Taïwan de deux sous-marins néerlandais": the parser hangs
 * the « à » and « de » complements that follow a transfer noun on the verb whose object it is; they are the noun's
 * recipient and what it transfers.
 */
final class TransferNounComplements {
    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final Set<String> CASES = Set.of("à", "de", "d'");
    private static final Set<String> TIME_WORDS = FrenchWords.list("time-word");

    private TransferNounComplements() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = in.getDependent();
            if (!in.getRelation().toString().equals("obj") || !TRANSFER_NOUNS.contains(Morph.lemma(noun))) {
                continue;
            }
            IndexedWord verb = in.getGovernor();
            int end = Syntax.phraseEnd(g, noun);
            List<SemanticGraphEdge> complements = new ArrayList<>(g.outgoingEdgeList(verb));
            complements.sort(Comparator.comparingInt(e -> e.getDependent().index()));
            for (SemanticGraphEdge e : complements) {
                IndexedWord d = e.getDependent();
                if (d.index() <= noun.index() || !e.getRelation().toString().startsWith("obl")) {
                    continue;
                }
                // Only a complement that follows the noun's phrase at once, or one moved there just before, or after
                // a date between commas (« la vente à l'Égypte, en 2020, de deux frégates »).
                if (timeBetweenCommas(g, d, end)) {
                    end = Syntax.phraseEnd(g, d) + 1;
                    continue;
                }
                String preposition = Syntax.caseWord(g, d);
                if (Syntax.phraseStart(g, d) != end + 1 || preposition == null || !CASES.contains(preposition)) {
                    break;
                }
                ParseRepairs.move(g, e, noun, "nmod");
                end = Syntax.phraseEnd(g, d);
            }
        }
    }

    private static boolean timeBetweenCommas(SemanticGraph g, IndexedWord d, int end) {
        IndexedWord before = g.getNodeByIndexSafe(end + 1);
        IndexedWord after = g.getNodeByIndexSafe(Syntax.phraseEnd(g, d) + 1);
        return Syntax.phraseStart(g, d) == end + 2 && before != null && before.word().equals(",") && after != null
                && after.word().equals(",") && (Syntax.isYear(d) || TIME_WORDS.contains(Morph.lemma(d)));
    }
}
