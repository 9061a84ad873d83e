package org.actorgraph.describe;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.MoneyValue;
import org.actorgraph.extract.Relation;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.TransferDetails;
import org.actorgraph.link.Actor;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.ParsedSentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage "describe transfers": what the sentence of each arms transfer says of it beyond its parties, as a register
 * of transfers records it. Each weapon becomes an item with its designation and description as written, the number
 * of units, its own status, and the years of order and of delivery; the deal gets its value and currency.
 * Dates come from a temporal tagger (HeidelTime) that resolves them against the document's date; each date, sum
 * and number is tied to the transfer through the dependency tree of the sentence, around the event's trigger and
 * weapons. The events themselves are not changed: which events there are is the extraction's business.
 */
public final class DescribeTransfers {
    private static final Logger LOG = LoggerFactory.getLogger(DescribeTransfers.class);

    private final TemporalTagger time;
    private final DescribeWords words = DescribeWords.load();
    private final Sums sums = Sums.load();
    private final ItemReader itemReader;
    private final DateReader dateReader;
    private final Ties ties;

    public DescribeTransfers(TemporalTagger time, Cues cues) {
        this.time = time;
        this.ties = new Ties(cues, words);
        this.itemReader = new ItemReader(cues, words);
        this.dateReader = new DateReader(words, ties);
    }

    public AnalyzedDocument apply(AnalyzedDocument a) {
        Map<Integer, LinkedSentence> byIndex = new HashMap<>();
        a.sentences().forEach(s -> byIndex.put(s.parsed().index(), s));
        Set<Integer> wanted = new TreeSet<>();
        for (RelationEvent e : a.events()) {
            if (e.relation() == Relation.SELLS_ARMS_TO && byIndex.containsKey(e.sentenceIndex())) {
                wanted.add(e.sentenceIndex());
            }
        }
        if (wanted.isEmpty()) {
            return a;
        }
        LocalDate dct = date(a.document().date());
        String text = a.document().text();
        List<ParsedSentence> tagged = wanted.stream().map(i -> byIndex.get(i).parsed()).filter(ParsedSentence::isParsed).toList();
        List<Timex> timexes;
        try {
            timexes = time.tag(text, tagged, dct);
        } catch (RuntimeException e) {
            // Describing is a complement: a failure of the tagger costs the document its years, never its graph.
            LOG.warn("{}: document '{}': the temporal tagger failed ({}); its transfers get no years", a.document().origin(),
                    a.document().id(), e.toString());
            timexes = List.of();
        }

        List<RelationEvent> out = new ArrayList<>();
        Map<RelationEvent, List<ItemDraft>> items = new LinkedHashMap<>();
        Map<RelationEvent, MoneyValue> values = new HashMap<>();
        for (RelationEvent e : a.events()) {
            LinkedSentence s = byIndex.get(e.sentenceIndex());
            if (e.relation() != Relation.SELLS_ARMS_TO || s == null) {
                continue;
            }
            try {
                TransferSentence t = new TransferSentence(text, s, e, dct, words);
                itemReader.read(t);
                if (t.isParsed()) {
                    dateReader.read(t, timexes);
                    values.put(e, valueOf(t));
                }
                items.put(e, t.items);
            } catch (RuntimeException ex) {
                LOG.warn("{}: document '{}', sentence {}: cannot describe the transfer '{}' ({}); it keeps no items",
                        a.document().origin(), a.document().id(), e.sentenceIndex(), e.trigger(), ex.toString());
            }
        }
        namePlainItems(items);
        for (RelationEvent e : a.events()) {
            List<ItemDraft> its = items.get(e);
            out.add(its == null ? e : e.withDetails(new TransferDetails(its.stream().map(ItemDraft::build).toList(), values.get(e))));
        }
        return new AnalyzedDocument(a.document(), a.sentences(), a.mentions(), out, a.traces());
    }

    /** The document's date, when it is a calendar date (YYYY-MM-DD); relative dates need it. */
    static LocalDate date(String d) {
        if (d == null) {
            return null;
        }
        try {
            return LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * « 36 obusiers automoteurs K9 » in one sentence, « quelque 150 obusiers » in the next, between the same states:
     * an item that names no weapon system takes the one system of the document whose items have the same head noun
     * and the same parties (when exactly one does).
     */
    private static void namePlainItems(Map<RelationEvent, List<ItemDraft>> items) {
        Map<String, Set<Actor>> named = new HashMap<>();
        items.forEach((e, its) -> its.stream().filter(i -> i.weapon != null && i.headLemma != null)
                .forEach(i -> named.computeIfAbsent(parties(e) + "|" + i.headLemma, k -> new LinkedHashSet<>()).add(i.weapon)));
        items.forEach((e, its) -> its.stream().filter(i -> i.weapon == null && i.headLemma != null).forEach(i -> {
            Set<Actor> ws = named.get(parties(e) + "|" + i.headLemma);
            if (ws != null && ws.size() == 1) {
                i.weapon = ws.iterator().next();
            }
        }));
    }

    private static String parties(RelationEvent e) {
        return e.fromState().qid() + ">" + e.toState().qid();
    }

    /** The sum of money the sentence ties to the transfer (« un contrat de 2,5 milliards d'euros »), or null. */
    private MoneyValue valueOf(TransferSentence t) {
        Set<String> states = Set.of(t.e.fromState().qid(), t.e.toState().qid());
        for (Sums.Sum sum : sums.find(t.text, t.tokens)) {
            Set<Integer> span = new TreeSet<>();
            for (int k = sum.first(); k <= sum.last(); k++) {
                span.add(k);
            }
            IndexedWord h = t.spanHead(span);
            if (h != null && ties.of(t, h) != null) {
                return new MoneyValue(sum.amount(), Sums.code(sum.code(), states), sum.text());
            }
        }
        return null;
    }
}
