package org.actorgraph.describe;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.describe.Ties.Role;
import org.actorgraph.describe.Ties.Tie;
import org.actorgraph.extract.TransferStatus;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.Morph;

/**
 * The years of order, of delivery and of planned delivery of a transfer's items, from the temporal expressions of
 * its sentence that the tree ties to the transfer.
 */
final class DateReader {
    private final DescribeWords words;
    private final Ties ties;

    DateReader(DescribeWords words, Ties ties) {
        this.words = words;
        this.ties = ties;
    }

    /** Dates the items of {@code t} with the temporal expressions of the document that fall in its sentence. */
    void read(TransferSentence t, List<Timex> timexes) {
        List<Timex> mine = timexes.stream().filter(x -> x.begin() >= t.s.parsed().begin() && x.end() <= t.s.parsed().end())
                .filter(x -> !namesAWeapon(t, x)).toList();
        for (Timex x : mine) {
            date(t, x);
        }
        for (Timex x : mine) {
            orderBeforeDelivery(t, x);
        }
    }

    /** HeidelTime reads « Mirage 2000 » and « type 209/1400 » as years: a date inside a weapon's name is not one. */
    private static boolean namesAWeapon(TransferSentence t, Timex x) {
        for (Mention m : t.s.mentions()) {
            if (!m.actor().isWeapon()) {
                continue;
            }
            for (int k : t.mentionTokens(m)) {
                CoreLabel tok = t.token(k);
                if (x.overlaps(tok.beginPosition(), tok.endPosition())) {
                    return true;
                }
            }
        }
        if (x.text().matches("\\d{1,3}")) {
            return true; // « 26 Rafale »: HeidelTime's historic rules read a bare number as a year
        }
        if (x.text().matches("\\d{4}")) {
            IndexedWord h = t.spanHead(x.begin(), x.end());
            if (h != null) {
                SemanticGraphEdge up = t.parentEdge(h);
                if (up != null && up.getRelation().toString().equals("nummod")) {
                    return true; // « 2000 drones »: a number of units
                }
                if (h.index() > 1) {
                    String before = t.word(h.index() - 1);
                    if (Character.isUpperCase(before.codePointAt(0)) && h.index() - 1 > 1) {
                        return true; // « Vision 2030 », « Typhoon 2020 »: a name
                    }
                }
            }
        }
        return false;
    }

    private void date(TransferSentence t, Timex x) {
        Integer year = x.year();
        if (year == null) {
            return;
        }
        IndexedWord h = t.spanHead(x.begin(), x.end());
        Tie tie = h == null ? null : ties.of(t, h);
        if (tie == null) {
            return;
        }
        Role role = tie.role() != null ? tie.role() : defaultRole(t);
        if (role == null) {
            return;
        }
        boolean planned = role == Role.DELIVERY && (tie.planned() || (t.dct != null && year > t.dct.getYear())
                || words.is(Kind.plannedMarker, wordBefore(t, h)));
        for (ItemDraft i : tie.item() == null ? t.items : List.of(tie.item())) {
            if (role == Role.ORDER) {
                i.order.add(year);
            } else if (planned) {
                i.planned.add(year);
            } else {
                i.delivered.add(year);
            }
        }
    }

    /** « trois ans après la commande »: the order came that many years before the delivery the sentence dates. */
    private void orderBeforeDelivery(TransferSentence t, Timex x) {
        Integer years = x.durationYears();
        if (years == null) {
            return;
        }
        IndexedWord h = t.spanHead(x.begin(), x.end());
        if (h == null || ties.of(t, h) == null) {
            return;
        }
        boolean afterOrder = false;
        for (int k = h.index() + 1; k <= Math.min(t.tokens.size(), h.index() + 4); k++) {
            IndexedWord w = t.g.getNodeByIndexSafe(k);
            if (w == null) {
                continue;
            }
            if (k == h.index() + 1 && !w.word().equalsIgnoreCase("après")) {
                return;
            }
            if ("NOUN".equals(w.tag()) && words.is(Kind.order, Morph.lemma(w))) {
                afterOrder = true;
                break;
            }
        }
        if (!afterOrder) {
            return;
        }
        for (ItemDraft i : t.items) {
            if (i.order.isEmpty() && !i.delivered.isEmpty()) {
                i.order.add(i.delivered.iterator().next() - years);
            }
        }
    }

    /** With no word to say so, a date of a delivery is a delivery date, of a purchase an order date. */
    private Role defaultRole(TransferSentence t) {
        String lemma = t.trigger == null ? null : Morph.lemma(t.trigger);
        if (words.is(Kind.delivery, lemma)) {
            return Role.DELIVERY;
        }
        if (words.is(Kind.order, lemma)) {
            return Role.ORDER;
        }
        TransferStatus st = t.e.status();
        return st == TransferStatus.Delivered ? Role.DELIVERY : st == TransferStatus.Contracted ? Role.ORDER : null;
    }

    private static String wordBefore(TransferSentence t, IndexedWord h) {
        return h.index() > 1 ? t.word(h.index() - 1) : "";
    }
}
