package org.actorgraph.describe;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.Morph;

/**
 * One transfer event in its sentence, as the describe readers share it: the document's text and date, the parse,
 * the trigger's node and what the transfer covers, and the items found so far. Tree helpers live here so that
 * every reader walks the parse the same way.
 */
final class TransferSentence {
    static final int MAX_STEPS = 8;

    final String text;
    final LinkedSentence s;
    final SemanticGraph g;
    final RelationEvent e;
    final LocalDate dct;
    final List<CoreLabel> tokens;
    final List<ItemDraft> items = new ArrayList<>();
    final IndexedWord trigger;
    /** The trigger, or the verb whose object is a nominal trigger's content. */
    final IndexedWord scope;

    TransferSentence(String text, LinkedSentence s, RelationEvent e, LocalDate dct, DescribeWords words) {
        this.text = text;
        this.s = s;
        this.g = s.parsed().graph();
        this.e = e;
        this.dct = dct;
        this.tokens = s.parsed().tokens();
        this.trigger = g == null ? null : findTrigger();
        this.scope = g == null ? null : scopeOf(trigger, words);
    }

    boolean isParsed() {
        return g != null;
    }

    /**
     * The trigger's node: the word the event names (the event keeps its form, not its place); when the word
     * recurs, the one nearest a mention of the event's weapons, else the first.
     */
    private IndexedWord findTrigger() {
        List<Integer> weaponTokens = s.mentions().stream().filter(m -> e.weapons().contains(m.actor()))
                .map(s::firstTokenOf).toList();
        IndexedWord best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (IndexedWord w : g.vertexListSorted()) {
            if (!w.word().equals(e.trigger())) {
                continue;
            }
            int d = weaponTokens.stream().mapToInt(k -> Math.abs(k - w.index())).min().orElse(0);
            if (best == null || d < bestDistance) {
                best = w;
                bestDistance = d;
            }
        }
        return best;
    }

    /** « Les ventes d'armes incluent les radars GM200 »: a nominal trigger's content is its verb's object. */
    private IndexedWord scopeOf(IndexedWord t, DescribeWords words) {
        if (t == null) {
            return null;
        }
        SemanticGraphEdge up = parentEdge(t);
        if (up != null && "NOUN".equals(t.tag()) && up.getRelation().toString().startsWith("nsubj")
                && words.is(Kind.inclusion, Morph.lemma(up.getGovernor()))) {
            return up.getGovernor();
        }
        return t;
    }

    String word(int index) {
        return s.parsed().token(index).word();
    }

    CoreLabel token(int index) {
        return s.parsed().token(index);
    }

    SemanticGraphEdge parentEdge(IndexedWord n) {
        return g.getIncomingEdgesSorted(n).stream().findFirst().orElse(null);
    }

    boolean hasChild(IndexedWord n, String rel) {
        return g.outgoingEdgeList(n).stream().anyMatch(d -> d.getRelation().toString().equals(rel));
    }

    /** The verb (or copula clause) a word belongs to. */
    IndexedWord clauseHead(IndexedWord w) {
        IndexedWord n = w;
        for (int step = 0; step < MAX_STEPS && n != null; step++) {
            if ("VERB".equals(n.tag()) || "AUX".equals(n.tag()) || hasChild(n, "cop") || g.getParent(n) == null) {
                return n;
            }
            n = g.getParent(n);
        }
        return n;
    }

    /** The 1-based indices of the tokens a mention covers (CoreNLP may split « GM200 » into « GM 200 »). */
    Set<Integer> mentionTokens(Mention m) {
        Set<Integer> out = new TreeSet<>();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() < m.end() && t.endPosition() > m.begin()) {
                out.add(t.index());
            }
        }
        return out;
    }

    /** The token of a span whose governor lies outside it. */
    IndexedWord spanHead(Set<Integer> span) {
        for (int k : span) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (w == null) {
                continue;
            }
            IndexedWord gov = g.getParent(w);
            if (gov == null || !span.contains(gov.index())) {
                return w;
            }
        }
        return null;
    }

    /** The head token of the tokens within [begin, end) of the text. */
    IndexedWord spanHead(int begin, int end) {
        Set<Integer> span = new TreeSet<>();
        for (CoreLabel tok : tokens) {
            if (tok.beginPosition() >= begin && tok.endPosition() <= end) {
                span.add(tok.index());
            }
        }
        return spanHead(span);
    }

    List<IndexedWord> range(int from, int to) {
        List<IndexedWord> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }
}
