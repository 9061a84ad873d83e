package org.actorgraph.describe;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.extract.Cues;
import org.actorgraph.nlp.Morph;

/**
 * What a date or a sum hangs from: walking up from it, the first item or the trigger (or the clause that holds one)
 * it reaches. A verb of saying on the way (« a annoncé mercredi la livraison ») ties it to the statement, not the
 * transfer. The first word of order or delivery on the way says which date it is.
 */
final class Ties {
    enum Role { ORDER, DELIVERY }

    /** What a date or a sum is tied to: one item, or every item of the transfer ({@code item} null). */
    record Tie(Role role, ItemDraft item, boolean planned) {}

    private final Cues cues;
    private final DescribeWords words;

    Ties(Cues cues, DescribeWords words) {
        this.cues = cues;
        this.words = words;
    }

    /** The tie of the word {@code start}, or null when it belongs to another predicate or to a statement. */
    Tie of(TransferSentence t, IndexedWord start) {
        Role role = null;
        boolean planned = false;
        IndexedWord n = start;
        for (int step = 0; step < TransferSentence.MAX_STEPS; step++) {
            n = t.g.getParent(n);
            if (n == null) {
                return null;
            }
            String lemma = Morph.lemma(n);
            if (cues.isWord(Cues.Kind.speech, lemma)) {
                return null;
            }
            if (role == null) {
                role = words.is(Kind.order, lemma) ? Role.ORDER : words.is(Kind.delivery, lemma) ? Role.DELIVERY : null;
            }
            planned |= words.is(Kind.planned, lemma) || Morph.of(n).future() || plannedAuxiliary(t, n);
            for (ItemDraft i : t.items) {
                if (n.equals(i.head) || i.tokens.contains(n.index())) {
                    return new Tie(role, i, planned);
                }
            }
            if (n.equals(t.trigger) || n.equals(t.scope)) {
                return new Tie(role, null, planned);
            }
            for (ItemDraft i : t.items) {
                if (i.head != null && n.equals(t.clauseHead(i.head))) {
                    return new Tie(role, i, planned);
                }
            }
            if (t.trigger != null && n.equals(t.clauseHead(t.trigger))) {
                return new Tie(role, null, planned);
            }
            // Another predicate's date: « l'étudiant enlevé et tué au Caire en 2016 », « et signé en octobre 2024
            // avec Washington un contrat » (a verb conjoined to the trigger is a deal of its own).
            boolean cue = words.is(Kind.order, lemma) || words.is(Kind.delivery, lemma) || words.is(Kind.planned, lemma)
                    || words.is(Kind.valuation, lemma);
            SemanticGraphEdge up = t.parentEdge(n);
            if (("VERB".equals(n.tag()) && !cue) || (up != null && up.getRelation().toString().equals("conj")
                    && ("VERB".equals(n.tag()) || "AUX".equals(n.tag())))) {
                return null;
            }
        }
        return null;
    }

    /** « doivent être réceptionnés », « seront livrés »: a verb whose auxiliary or governing verb looks ahead. */
    private boolean plannedAuxiliary(TransferSentence t, IndexedWord n) {
        for (SemanticGraphEdge d : t.g.outgoingEdgeList(n)) {
            if (d.getRelation().toString().startsWith("aux") && Morph.of(d.getDependent()).future()) {
                return true;
            }
        }
        SemanticGraphEdge up = t.parentEdge(n);
        return up != null && up.getRelation().toString().equals("xcomp") && words.is(Kind.planned, Morph.lemma(up.getGovernor()));
    }
}
