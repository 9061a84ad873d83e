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
 * the « à », « de » and « par » complements that follow a transfer noun on the verb whose object it is; they are the
 * noun's recipient, what it transfers and who transfers it.
 */
final class TransferNounComplements {
    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final Set<String> CASES = Set.of("à", "de", "d'", "par");
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
                if ("par".equals(preposition) && "PROPN".equals(d.tag())) {
                    whatTheAgentTook(g, noun, d);
                    end = Syntax.phraseEnd(g, noun);
                }
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(noun))) {
                // (an agent the parser hung on the noun itself: « a salué le don par Washington de fusils M4 et de munitions »)
                if (e.getRelation().toString().equals("nmod") && "PROPN".equals(e.getDependent().tag())
                        && "par".equals(Syntax.caseWord(g, e.getDependent()))) {
                    whatTheAgentTook(g, noun, e.getDependent());
                }
            }
        }
    }

    /**
     * « le don par Washington de fusils M4 »: the parser hangs what is given on the agent's name, which takes no such
     * complement; it is the transfer noun's.
     */
    private static void whatTheAgentTook(SemanticGraph g, IndexedWord noun, IndexedWord agent) {
        // (or already on the noun)
        IndexedWord taken = g.outgoingEdgeList(noun).stream().map(SemanticGraphEdge::getDependent)
                .filter(d -> d.index() > agent.index() && "NOUN".equals(d.tag()) && "de".equals(Syntax.caseWord(g, d)))
                .min(Comparator.comparingInt(IndexedWord::index)).orElse(null);
        List<SemanticGraphEdge> dependents = new ArrayList<>(g.outgoingEdgeList(agent));
        dependents.sort(Comparator.comparingInt(e -> e.getDependent().index()));
        for (SemanticGraphEdge c : dependents) {
            IndexedWord d = c.getDependent();
            if (taken == null && c.getRelation().toString().equals("nmod") && "NOUN".equals(d.tag()) && d.index() > agent.index()
                    && "de".equals(Syntax.caseWord(g, d))) {
                ParseRepairs.move(g, c, noun, "nmod");
                taken = d;
            } else if (taken != null && d.index() > taken.index() && !"PUNCT".equals(d.tag())) {
                // (« de fusils M4 et de munitions »: its name and conjuncts, hung on the agent too)
                ParseRepairs.move(g, c, taken, c.getRelation().toString());
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
