package org.actorgraph.describe;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.MoneyValue;
import org.actorgraph.extract.Relation;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.TransferDetails;
import org.actorgraph.extract.TransferItem;
import org.actorgraph.extract.TransferStatus;
import org.actorgraph.link.Actor;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.Morph;
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
    private static final int MAX_STEPS = 8;
    private static final Set<String> DESIGNATION_RELATIONS = Set.of("appos", "flat", "flat:name", "compound", "nmod",
            "nummod", "amod", "dep");
    /** Words a description does not end with (« sous-marins de classe Kilo » is described « sous-marins »). */
    private static final Set<String> TRAILING = Set.of("de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’", "classe");

    private final TemporalTagger time;
    private final Cues cues;
    private final DescribeWords words = DescribeWords.load();
    private final Sums sums = Sums.load();

    public DescribeTransfers(TemporalTagger time, Cues cues) {
        this.time = time;
        this.cues = cues;
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
        Map<RelationEvent, List<Item>> items = new LinkedHashMap<>();
        Map<RelationEvent, MoneyValue> values = new HashMap<>();
        for (RelationEvent e : a.events()) {
            LinkedSentence s = byIndex.get(e.sentenceIndex());
            if (e.relation() != Relation.SELLS_ARMS_TO || s == null) {
                continue;
            }
            try {
                Reading r = new Reading(text, s, e, dct, timexes);
                items.put(e, r.items);
                values.put(e, r.value);
            } catch (RuntimeException ex) {
                LOG.warn("{}: document '{}', sentence {}: cannot describe the transfer '{}' ({}); it keeps no items",
                        a.document().origin(), a.document().id(), e.sentenceIndex(), e.trigger(), ex.toString());
            }
        }
        namePlainItems(items);
        for (RelationEvent e : a.events()) {
            List<Item> its = items.get(e);
            out.add(its == null ? e : e.withDetails(new TransferDetails(its.stream().map(Item::build).toList(), values.get(e))));
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
    private static void namePlainItems(Map<RelationEvent, List<Item>> items) {
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

    private enum Role { ORDER, DELIVERY }

    /** What a date or a sum is tied to: one item, or every item of the transfer ({@code item} null). */
    private record Tie(Role role, Item item, boolean planned) {}

    /** One item being described. */
    private static final class Item {
        Actor weapon;
        String designation;
        String description;
        Integer quantity;
        String quantityText;
        TransferStatus status;
        final Set<Integer> order = new TreeSet<>();
        final Set<Integer> delivered = new TreeSet<>();
        final Set<Integer> planned = new TreeSet<>();
        IndexedWord head;
        String headLemma;
        Set<Integer> tokens = Set.of();

        /**
         * The item as the register sees it. A reported delivery makes an item ordered or unspecified Delivered; an
         * item whose only dated delivery is still to come (« doit fournir 66 appareils d'ici 2026 ») is Contracted.
         */
        TransferItem build() {
            TransferStatus st = status;
            if (!delivered.isEmpty() && (st == TransferStatus.Contracted || st == TransferStatus.Unspecified)) {
                st = TransferStatus.Delivered;
            } else if (delivered.isEmpty() && !planned.isEmpty() && st == TransferStatus.Delivered) {
                st = TransferStatus.Contracted;
            }
            return new TransferItem(weapon, designation, description, quantity, quantityText, st, List.copyOf(order),
                    List.copyOf(delivered), List.copyOf(planned));
        }
    }

    /** One transfer event read in its sentence. */
    private final class Reading {
        final String text;
        final LinkedSentence s;
        final SemanticGraph g;
        final RelationEvent e;
        final LocalDate dct;
        final List<CoreLabel> tokens;
        final List<Item> items = new ArrayList<>();
        IndexedWord trigger;
        IndexedWord scope;
        MoneyValue value;

        Reading(String text, LinkedSentence s, RelationEvent e, LocalDate dct, List<Timex> timexes) {
            this.text = text;
            this.s = s;
            this.g = s.parsed().graph();
            this.e = e;
            this.dct = dct;
            this.tokens = s.parsed().tokens();
            if (g == null) {
                e.weapons().forEach(w -> items.add(plain(w)));
                return;
            }
            trigger = findTrigger();
            scope = scopeOf(trigger);
            findItems();
            List<Timex> mine = timexes.stream().filter(t -> t.begin() >= s.parsed().begin() && t.end() <= s.parsed().end())
                    .filter(t -> !namesAWeapon(t)).toList();
            for (Timex t : mine) {
                date(t);
            }
            for (Timex t : mine) {
                orderBeforeDelivery(t);
            }
            findValue();
        }

        // ---- the trigger and what the transfer covers

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
        private IndexedWord scopeOf(IndexedWord t) {
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

        private void findItems() {
            Set<Actor> seen = new LinkedHashSet<>();
            for (Actor w : e.weapons()) {
                Mention m = nearestMention(w);
                items.add(m == null ? plain(w) : named(m));
                seen.add(w);
            }
            Set<IndexedWord> under = covered();
            if (e.weapons().isEmpty() && scope != null) {
                for (Mention m : s.mentions()) {
                    if (m.actor().isWeapon() && !seen.contains(m.actor())) {
                        IndexedWord h = mentionHead(mentionTokens(m));
                        if (h != null && under.contains(h)) {
                            items.add(named(m));
                            seen.add(m.actor());
                        }
                    }
                }
            }
            if (items.isEmpty() && scope != null) {
                for (IndexedWord n : new TreeSet<>(under)) {
                    if (isMaterielNoun(n) && !words.is(Kind.generic, Morph.lemma(n)) && s.mentionAt(n) == null) {
                        Item i = new Item();
                        i.head = n;
                        i.headLemma = Morph.lemma(n);
                        i.tokens = Set.of(n.index());
                        quantity(i);
                        if (i.quantityText != null) {
                            i.description = nounPhrase(n);
                            i.status = statusOf(n);
                            items.add(i);
                        }
                    }
                }
            }
        }

        /**
         * The words the transfer covers: those under the trigger (or under the verb of a nominal trigger), and the
         * noun a participle trigger qualifies (« les quelque 150 obusiers déjà livrés à la Pologne »).
         */
        private Set<IndexedWord> covered() {
            Set<IndexedWord> out = new LinkedHashSet<>();
            if (scope == null) {
                return out;
            }
            out.addAll(g.descendants(scope));
            SemanticGraphEdge up = parentEdge(trigger);
            if (up != null && up.getRelation().toString().startsWith("acl") && isMaterielNoun(up.getGovernor())) {
                out.add(up.getGovernor());
            }
            return out;
        }

        private Item plain(Actor w) {
            Item i = new Item();
            i.weapon = w;
            i.status = e.status();
            return i;
        }

        /** The mention of a weapon nearest the trigger (in words), or null when the sentence does not name it. */
        private Mention nearestMention(Actor w) {
            Mention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Mention m : s.mentions()) {
                if (!m.actor().equals(w)) {
                    continue;
                }
                int first = s.firstTokenOf(m);
                int d = trigger == null ? first : Math.abs(first - trigger.index());
                if (d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            }
            return best;
        }

        /** An item for a weapon system the sentence names. */
        private Item named(Mention m) {
            Item i = new Item();
            i.weapon = m.actor();
            i.tokens = mentionTokens(m);
            IndexedWord mh = mentionHead(i.tokens);
            if (mh == null) {
                i.designation = m.text();
                i.status = e.status();
                return i;
            }
            int firstMention = i.tokens.stream().min(Integer::compare).orElse(mh.index());
            // The common noun the designation hangs from: « les radars de surveillance aérienne GM200 ».
            IndexedWord head = mh;
            SemanticGraphEdge up = parentEdge(mh);
            while (up != null && words.is(Kind.designator, up.getGovernor().word()) && !i.tokens.contains(up.getGovernor().index())) {
                up = parentEdge(up.getGovernor());
            }
            if (up != null && isMaterielNoun(up.getGovernor()) && up.getGovernor().index() < firstMention
                    && !i.tokens.contains(up.getGovernor().index()) && DESIGNATION_RELATIONS.contains(up.getRelation().toString())) {
                head = up.getGovernor();
            }
            i.head = head;
            i.headLemma = Morph.lemma(head);
            // The designation: the mention from its first capitalised word, a digit or « type », to the end of its last word.
            int start = firstMention;
            for (int k = firstMention; k <= i.tokens.stream().max(Integer::compare).orElse(firstMention); k++) {
                String w = s.parsed().token(k).word();
                if (Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit) || words.is(Kind.designator, w)) {
                    start = k;
                    break;
                }
            }
            // to the end of the word the mention ends in (« type 209 » is « type 209/1400 »), not its punctuation
            int end = m.end();
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '/'
                    || text.charAt(end) == '-') && end < s.parsed().end()) {
                end++;
            }
            i.designation = text.substring(s.parsed().token(start).beginPosition(), end).strip();
            // The description: the common noun and its modifiers up to the designation (« obusiers automoteurs »).
            int from = head.index() < start ? head.index() : firstMention;
            if (from < start && g.descendants(head).containsAll(range(from, start - 1))) {
                int to = start - 1;
                while (to >= from && (TRAILING.contains(s.parsed().token(to).word().toLowerCase(Locale.ROOT))
                        || words.is(Kind.designator, s.parsed().token(to).word()))) {
                    to--;
                }
                if (to >= from) {
                    i.description = text.substring(s.parsed().token(from).beginPosition(), s.parsed().token(to).endPosition());
                }
            } else if (head != mh) {
                i.description = head.word();
            }
            quantity(i);
            i.status = statusOf(head);
            return i;
        }

        /**
         * A noun that names materiel and can carry a designation (« radars », « obusiers », « sous-marin »): not a noun
         * that counts (« une dizaine de Mirage ») nor one of the deal (« l'achat de Rafale »).
         */
        private boolean isMaterielNoun(IndexedWord n) {
            // A generic noun (« véhicules », « appareils ») is materiel here: the designation below it qualifies it.
            return "NOUN".equals(n.tag()) && (cues.isWord(Cues.Kind.military, n.word()) || cues.isWord(Cues.Kind.materiel, n.word()))
                    && !words.is(Kind.approximateNoun, Morph.lemma(n));
        }

        /** The 1-based indices of the tokens a mention covers (CoreNLP may split « GM200 » into « GM 200 »). */
        private Set<Integer> mentionTokens(Mention m) {
            Set<Integer> out = new TreeSet<>();
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < m.end() && t.endPosition() > m.begin()) {
                    out.add(t.index());
                }
            }
            return out;
        }

        /** The token of a span whose governor lies outside it. */
        private IndexedWord mentionHead(Set<Integer> span) {
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

        private List<IndexedWord> range(int from, int to) {
            List<IndexedWord> out = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                IndexedWord w = g.getNodeByIndexSafe(k);
                if (w != null) {
                    out.add(w);
                }
            }
            return out;
        }

        /** A materiel noun with the adjectives right after it: « drones armés », « appareils ». */
        private String nounPhrase(IndexedWord n) {
            int end = n.index();
            while (end + 1 <= tokens.size()) {
                IndexedWord next = g.getNodeByIndexSafe(end + 1);
                if (next == null || !"ADJ".equals(next.tag()) || !n.equals(g.getParent(next))) {
                    break;
                }
                end++;
            }
            return text.substring(n.beginPosition(), s.parsed().token(end).endPosition());
        }

        // ---- quantities

        /**
         * The number of units: a cardinal before the item's head noun (« 24 obusiers », « quelque 150 obusiers »,
         * « vingt-quatre Rafale »), or a noun that counts approximately and governs it (« une dizaine de Mirage »,
         * « des centaines de drones »).
         */
        private void quantity(Item i) {
            IndexedWord head = i.head;
            List<IndexedWord> numerals = new ArrayList<>();
            for (SemanticGraphEdge edge : g.outgoingEdgeList(head)) {
                if (edge.getRelation().toString().equals("nummod")) {
                    numerals.add(edge.getDependent());
                }
            }
            // The parser may hang the number on the word before it (« à la Pologne 36 obusiers »): a cardinal right
            // before the noun counts it all the same.
            IndexedWord before = head.index() > 1 ? g.getNodeByIndexSafe(head.index() - 1) : null;
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
                while (first > 1 && (words.is(Kind.approximator, s.parsed().token(first - 1).word())
                        || (first > 2 && TRAILING.contains(s.parsed().token(first - 1).word()) && words.is(Kind.approximator,
                                s.parsed().token(first - 2).word())))) {
                    first--;
                }
                int begin = s.parsed().token(first).beginPosition();
                if (s.parsed().token(first).word().equalsIgnoreCase("moins") && text.substring(0, begin).stripTrailing().toLowerCase(Locale.ROOT).endsWith(" au")) {
                    begin = text.substring(0, begin).stripTrailing().length() - 2; // « au moins »: « au » is « à le » after CoreNLP
                }
                i.quantityText = text.substring(begin, n.endPosition());
                i.quantity = first == n.index() ? count : null;
                return;
            }
            SemanticGraphEdge up = parentEdge(head);
            if (up != null && up.getRelation().toString().startsWith("nmod") && up.getGovernor().index() < head.index()
                    && words.is(Kind.approximateNoun, Morph.lemma(up.getGovernor()))) {
                IndexedWord counter = up.getGovernor();
                int first = counter.index();
                for (SemanticGraphEdge d : g.outgoingEdgeList(counter)) {
                    String rel = d.getRelation().toString();
                    if ((rel.equals("det") || rel.equals("nummod") || rel.equals("amod")) && d.getDependent().index() < first) {
                        first = d.getDependent().index();
                    }
                }
                i.quantityText = text.substring(s.parsed().token(first).beginPosition(), counter.endPosition());
                i.quantity = null;
            }
        }

        // ---- status of an item

        /**
         * The item's status: the event's, unless the way from the item up to the trigger passes a negotiation or a
         * cancellation (« tandis que des négociations sont en cours sur des contrats pour les missiles Mistral »).
         */
        private TransferStatus statusOf(IndexedWord head) {
            if (trigger == null || head == null) {
                return e.status();
            }
            TransferStatus found = null;
            IndexedWord n = head;
            for (int step = 0; step < MAX_STEPS && n != null; step++) {
                if (n.equals(trigger) || n.equals(scope)) {
                    return found != null ? found : e.status();
                }
                for (IndexedWord w : clauseWords(n)) {
                    String lemma = Morph.lemma(w);
                    if (found == null && cues.isWord(Cues.Kind.negotiating, lemma)) {
                        found = TransferStatus.Negotiating;
                    } else if (found == null && cues.isWord(Cues.Kind.cancelled, lemma)) {
                        found = TransferStatus.Cancelled;
                    }
                }
                n = g.getParent(n);
            }
            // Not under the trigger: the sentence ties the item to the event some other way; the event's status holds.
            return e.status();
        }

        /** A word and its subjects: « des négociations sont en cours » is about negotiation. */
        private List<IndexedWord> clauseWords(IndexedWord n) {
            List<IndexedWord> out = new ArrayList<>();
            out.add(n);
            for (SemanticGraphEdge d : g.outgoingEdgeList(n)) {
                if (d.getRelation().toString().startsWith("nsubj")) {
                    out.add(d.getDependent());
                }
            }
            return out;
        }

        // ---- dates

        /** HeidelTime reads « Mirage 2000 » and « type 209/1400 » as years: a date inside a weapon's name is not one. */
        private boolean namesAWeapon(Timex t) {
            for (Mention m : s.mentions()) {
                if (!m.actor().isWeapon()) {
                    continue;
                }
                for (int k : mentionTokens(m)) {
                    CoreLabel tok = s.parsed().token(k);
                    if (t.overlaps(tok.beginPosition(), tok.endPosition())) {
                        return true;
                    }
                }
            }
            if (t.text().matches("\\d{1,3}")) {
                return true; // « 26 Rafale »: HeidelTime's historic rules read a bare number as a year
            }
            if (t.text().matches("\\d{4}")) {
                IndexedWord h = headOf(t);
                if (h != null) {
                    SemanticGraphEdge up = parentEdge(h);
                    if (up != null && up.getRelation().toString().equals("nummod")) {
                        return true; // « 2000 drones »: a number of units
                    }
                    if (h.index() > 1) {
                        String before = s.parsed().token(h.index() - 1).word();
                        if (Character.isUpperCase(before.codePointAt(0)) && h.index() - 1 > 1) {
                            return true; // « Vision 2030 », « Typhoon 2020 »: a name
                        }
                    }
                }
            }
            return false;
        }

        /** The token of a temporal expression whose governor is outside it. */
        private IndexedWord headOf(Timex t) {
            Set<Integer> span = new TreeSet<>();
            for (CoreLabel tok : tokens) {
                if (tok.beginPosition() >= t.begin() && tok.endPosition() <= t.end()) {
                    span.add(tok.index());
                }
            }
            return mentionHead(span);
        }

        private void date(Timex t) {
            Integer year = t.year();
            if (year == null) {
                return;
            }
            IndexedWord h = headOf(t);
            Tie tie = h == null ? null : tie(h);
            if (tie == null) {
                return;
            }
            Role role = tie.role() != null ? tie.role() : defaultRole();
            if (role == null) {
                return;
            }
            boolean planned = role == Role.DELIVERY && (tie.planned() || (dct != null && year > dct.getYear())
                    || words.is(Kind.plannedMarker, wordBefore(h)));
            for (Item i : tie.item() == null ? items : List.of(tie.item())) {
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
        private void orderBeforeDelivery(Timex t) {
            Integer years = t.durationYears();
            if (years == null) {
                return;
            }
            IndexedWord h = headOf(t);
            if (h == null || tie(h) == null) {
                return;
            }
            boolean afterOrder = false;
            for (int k = h.index() + 1; k <= Math.min(tokens.size(), h.index() + 4); k++) {
                IndexedWord w = g.getNodeByIndexSafe(k);
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
            for (Item i : items) {
                if (i.order.isEmpty() && !i.delivered.isEmpty()) {
                    i.order.add(i.delivered.iterator().next() - years);
                }
            }
        }

        /** With no word to say so, a date of a delivery is a delivery date, of a purchase an order date. */
        private Role defaultRole() {
            String lemma = trigger == null ? null : Morph.lemma(trigger);
            if (words.is(Kind.delivery, lemma)) {
                return Role.DELIVERY;
            }
            if (words.is(Kind.order, lemma)) {
                return Role.ORDER;
            }
            return e.status() == TransferStatus.Delivered ? Role.DELIVERY : e.status() == TransferStatus.Contracted ? Role.ORDER : null;
        }

        private String wordBefore(IndexedWord h) {
            return h.index() > 1 ? s.parsed().token(h.index() - 1).word() : "";
        }

        /**
         * What a date or a sum hangs from: walking up from it, the first item or the trigger (or the clause that
         * holds one) it reaches. A verb of saying on the way (« a annoncé mercredi la livraison ») ties it to the
         * statement, not the transfer. The first word of order or delivery on the way says which date it is.
         */
        private Tie tie(IndexedWord start) {
            Role role = null;
            boolean planned = false;
            IndexedWord n = start;
            for (int step = 0; step < MAX_STEPS; step++) {
                n = g.getParent(n);
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
                planned |= words.is(Kind.planned, lemma) || Morph.of(n).future() || plannedAuxiliary(n);
                for (Item i : items) {
                    if (n.equals(i.head) || i.tokens.contains(n.index())) {
                        return new Tie(role, i, planned);
                    }
                }
                if (n.equals(trigger) || n.equals(scope)) {
                    return new Tie(role, null, planned);
                }
                for (Item i : items) {
                    if (i.head != null && n.equals(clauseHead(i.head))) {
                        return new Tie(role, i, planned);
                    }
                }
                if (trigger != null && n.equals(clauseHead(trigger))) {
                    return new Tie(role, null, planned);
                }
                // Another predicate's date: « l'étudiant enlevé et tué au Caire en 2016 », « et signé en octobre 2024
                // avec Washington un contrat » (a verb conjoined to the trigger is a deal of its own).
                boolean cue = words.is(Kind.order, lemma) || words.is(Kind.delivery, lemma) || words.is(Kind.planned, lemma)
                        || words.is(Kind.valuation, lemma);
                SemanticGraphEdge up = parentEdge(n);
                if (("VERB".equals(n.tag()) && !cue) || (up != null && up.getRelation().toString().equals("conj")
                        && ("VERB".equals(n.tag()) || "AUX".equals(n.tag())))) {
                    return null;
                }
            }
            return null;
        }

        /** « doivent être réceptionnés », « seront livrés »: a verb whose auxiliary or governing verb looks ahead. */
        private boolean plannedAuxiliary(IndexedWord n) {
            for (SemanticGraphEdge d : g.outgoingEdgeList(n)) {
                if (d.getRelation().toString().startsWith("aux") && Morph.of(d.getDependent()).future()) {
                    return true;
                }
            }
            SemanticGraphEdge up = parentEdge(n);
            return up != null && up.getRelation().toString().equals("xcomp") && words.is(Kind.planned, Morph.lemma(up.getGovernor()));
        }

        /** The verb (or copula clause) a word belongs to. */
        private IndexedWord clauseHead(IndexedWord w) {
            IndexedWord n = w;
            for (int step = 0; step < MAX_STEPS && n != null; step++) {
                if ("VERB".equals(n.tag()) || "AUX".equals(n.tag()) || hasChild(n, "cop") || g.getParent(n) == null) {
                    return n;
                }
                n = g.getParent(n);
            }
            return n;
        }

        private boolean hasChild(IndexedWord n, String rel) {
            return g.outgoingEdgeList(n).stream().anyMatch(d -> d.getRelation().toString().equals(rel));
        }

        private SemanticGraphEdge parentEdge(IndexedWord n) {
            return g.getIncomingEdgesSorted(n).stream().findFirst().orElse(null);
        }

        // ---- value

        private void findValue() {
            Set<String> states = Set.of(e.fromState().qid(), e.toState().qid());
            for (Sums.Sum sum : sums.find(text, tokens)) {
                Set<Integer> span = new TreeSet<>();
                for (int k = sum.first(); k <= sum.last(); k++) {
                    span.add(k);
                }
                IndexedWord h = mentionHead(span);
                if (h != null && tie(h) != null) {
                    value = new MoneyValue(sum.amount(), Sums.code(sum.code(), states), sum.text());
                    return;
                }
            }
        }
    }
}
