package org.actorgraph.describe;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;

/**
 * The number of units of an item: a cardinal before the item's head noun (« 24 obusiers », « quelque 150
 * obusiers », « vingt-quatre Rafale »), or a noun that counts approximately and governs it (« une dizaine de
 * Mirage », « des centaines de drones »).
 */
final class Quantities {
    /** Nouns that count approximately (« une dizaine de Mirage 2000 »). */
    private static final Set<String> APPROXIMATE = FrenchWords.list("approximate-noun");
    /** Words a description does not end with (« sous-marins de classe Kilo » is described « sous-marins »). */
    static final Set<String> TRAILING = FrenchWords.list("description-trailing");

    private final DescribeWords words;

    Quantities(DescribeWords words) {
        this.words = words;
    }

    void read(TransferSentence t, ItemDraft i) {
        IndexedWord head = i.head;
        List<IndexedWord> numerals = new ArrayList<>();
        for (SemanticGraphEdge edge : t.g.outgoingEdgeList(head)) {
            if (edge.getRelation().toString().equals("nummod")) {
                numerals.add(edge.getDependent());
            }
        }
        // The parser may hang the number on the word before it (« à la Pologne 36 obusiers »): a cardinal right
        // before the noun counts it all the same.
        IndexedWord before = head.index() > 1 ? t.g.getNodeByIndexSafe(head.index() - 1) : null;
        if (before != null && "NUM".equals(before.tag()) && !numerals.contains(before)) {
            numerals.add(before);
        }
        for (IndexedWord n : numerals) {
            if (n.index() > head.index() || i.tokens.contains(n.index())) {
                continue;
            }
            Integer count = FrenchNumbers.count(n.word());
            if (count == null) {
                continue;
            }
            int first = n.index();
            while (first > 1 && (words.is(Kind.approximator, t.word(first - 1))
                    || (first > 2 && TRAILING.contains(t.word(first - 1)) && words.is(Kind.approximator, t.word(first - 2))))) {
                first--;
            }
            int begin = t.token(first).beginPosition();
            if (t.word(first).equalsIgnoreCase("moins") && t.text.substring(0, begin).stripTrailing().toLowerCase(Locale.ROOT).endsWith(" au")) {
                begin = t.text.substring(0, begin).stripTrailing().length() - 2; // « au moins »: « au » is « à le » after CoreNLP
            }
            i.quantityText = t.text.substring(begin, n.endPosition());
            i.quantity = first == n.index() ? count : null;
            return;
        }
        SemanticGraphEdge up = t.parentEdge(head);
        if (up != null && up.getRelation().toString().startsWith("nmod") && up.getGovernor().index() < head.index()
                && APPROXIMATE.contains(Morph.lemma(up.getGovernor()))) {
            IndexedWord counter = up.getGovernor();
            int first = counter.index();
            for (SemanticGraphEdge d : t.g.outgoingEdgeList(counter)) {
                String rel = d.getRelation().toString();
                if ((rel.equals("det") || rel.equals("nummod") || rel.equals("amod")) && d.getDependent().index() < first) {
                    first = d.getDependent().index();
                }
            }
            i.quantityText = t.text.substring(t.token(first).beginPosition(), counter.endPosition());
            i.quantity = null;
        }
    }
}
