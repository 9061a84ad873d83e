package org.actorgraph.describe;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.describe.DescribeWords.Kind;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.TransferStatus;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;

/**
 * The items of a transfer: each weapon system of the event with its designation and description as written, or,
 * when the event names none, the counted materiel nouns the transfer covers (« dix patrouilleurs »); each with its
 * number of units and its own status.
 */
final class ItemReader {
    /** Nouns that count approximately (« une dizaine de Mirage 2000 »). */
    private static final Set<String> APPROXIMATE = FrenchWords.list("approximate-noun");
    private static final Set<String> DESIGNATION_RELATIONS = Set.of("appos", "flat", "flat:name", "compound", "nmod",
            "nummod", "amod", "dep");

    private final Cues cues;
    private final DescribeWords words;
    private final Quantities quantities;

    ItemReader(Cues cues, DescribeWords words) {
        this.cues = cues;
        this.words = words;
        this.quantities = new Quantities(words);
    }

    void read(TransferSentence t) {
        if (!t.isParsed()) {
            t.e.weapons().forEach(w -> t.items.add(plain(t, w)));
            return;
        }
        Set<Actor> seen = new LinkedHashSet<>();
        for (Actor w : t.e.weapons()) {
            Mention m = nearestMention(t, w);
            t.items.add(m == null ? plain(t, w) : named(t, m));
            seen.add(w);
        }
        Set<IndexedWord> under = covered(t);
        if (t.e.weapons().isEmpty() && t.scope != null) {
            for (Mention m : t.s.mentions()) {
                if (m.actor().isWeapon() && !seen.contains(m.actor())) {
                    IndexedWord h = t.spanHead(t.mentionTokens(m));
                    if (h != null && under.contains(h)) {
                        t.items.add(named(t, m));
                        seen.add(m.actor());
                    }
                }
            }
        }
        if (t.items.isEmpty() && t.scope != null) {
            for (IndexedWord n : new TreeSet<>(under)) {
                if (isMaterielNoun(n) && !words.is(Kind.generic, Morph.lemma(n)) && t.s.mentionAt(n) == null) {
                    ItemDraft i = new ItemDraft();
                    i.head = n;
                    i.headLemma = Morph.lemma(n);
                    i.tokens = Set.of(n.index());
                    quantities.read(t, i);
                    if (i.quantityText != null) {
                        i.description = nounPhrase(t, n);
                        i.status = statusOf(t, n);
                        t.items.add(i);
                    }
                }
            }
        }
    }

    /**
     * The words the transfer covers: those under the trigger (or under the verb of a nominal trigger), and the
     * noun a participle trigger qualifies (« les quelque 150 obusiers déjà livrés à la Pologne »).
     */
    private Set<IndexedWord> covered(TransferSentence t) {
        Set<IndexedWord> out = new LinkedHashSet<>();
        if (t.scope == null) {
            return out;
        }
        out.addAll(t.g.descendants(t.scope));
        SemanticGraphEdge up = t.parentEdge(t.trigger);
        if (up != null && up.getRelation().toString().startsWith("acl") && isMaterielNoun(up.getGovernor())) {
            out.add(up.getGovernor());
        }
        return out;
    }

    private static ItemDraft plain(TransferSentence t, Actor w) {
        ItemDraft i = new ItemDraft();
        i.weapon = w;
        i.status = t.e.status();
        return i;
    }

    /** The mention of a weapon nearest the trigger (in words), or null when the sentence does not name it. */
    private static Mention nearestMention(TransferSentence t, Actor w) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : t.s.mentions()) {
            if (!m.actor().equals(w)) {
                continue;
            }
            int first = t.s.firstTokenOf(m);
            int d = t.trigger == null ? first : Math.abs(first - t.trigger.index());
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** An item for a weapon system the sentence names. */
    private ItemDraft named(TransferSentence t, Mention m) {
        ItemDraft i = new ItemDraft();
        i.weapon = m.actor();
        i.tokens = t.mentionTokens(m);
        IndexedWord mh = t.spanHead(i.tokens);
        if (mh == null) {
            i.designation = m.text();
            i.status = t.e.status();
            return i;
        }
        int firstMention = i.tokens.stream().min(Integer::compare).orElse(mh.index());
        // The common noun the designation hangs from: « les radars de surveillance aérienne GM200 ».
        IndexedWord head = mh;
        SemanticGraphEdge up = t.parentEdge(mh);
        while (up != null && words.is(Kind.designator, up.getGovernor().word()) && !i.tokens.contains(up.getGovernor().index())) {
            up = t.parentEdge(up.getGovernor());
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
            String w = t.word(k);
            if (Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit) || words.is(Kind.designator, w)) {
                start = k;
                break;
            }
        }
        // to the end of the word the mention ends in (« type 209 » is « type 209/1400 »), not its punctuation
        String text = t.text;
        int end = m.end();
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '/'
                || text.charAt(end) == '-') && end < t.s.parsed().end()) {
            end++;
        }
        i.designation = text.substring(t.token(start).beginPosition(), end).strip();
        // The description: the common noun and its modifiers up to the designation (« obusiers automoteurs »).
        int from = head.index() < start ? head.index() : firstMention;
        if (from < start && t.g.descendants(head).containsAll(t.range(from, start - 1))) {
            int to = start - 1;
            while (to >= from && (Quantities.TRAILING.contains(t.word(to).toLowerCase(Locale.ROOT))
                    || words.is(Kind.designator, t.word(to)))) {
                to--;
            }
            if (to >= from) {
                i.description = text.substring(t.token(from).beginPosition(), t.token(to).endPosition());
            }
        } else if (head != mh) {
            i.description = head.word();
        }
        quantities.read(t, i);
        i.status = statusOf(t, head);
        return i;
    }

    /**
     * A noun that names materiel and can carry a designation (« radars », « obusiers », « sous-marin »): not a noun
     * that counts (« une dizaine de Mirage ») nor one of the deal (« l'achat de Rafale »).
     */
    private boolean isMaterielNoun(IndexedWord n) {
        // A generic noun (« véhicules », « appareils ») is materiel here: the designation below it qualifies it.
        return "NOUN".equals(n.tag()) && (cues.isWord(Cues.Kind.military, n.word()) || cues.isWord(Cues.Kind.materiel, n.word()))
                && !APPROXIMATE.contains(Morph.lemma(n));
    }

    /** A materiel noun with the adjectives right after it: « drones armés », « appareils ». */
    private static String nounPhrase(TransferSentence t, IndexedWord n) {
        int end = n.index();
        while (end + 1 <= t.tokens.size()) {
            IndexedWord next = t.g.getNodeByIndexSafe(end + 1);
            if (next == null || !"ADJ".equals(next.tag()) || !n.equals(t.g.getParent(next))) {
                break;
            }
            end++;
        }
        return t.text.substring(n.beginPosition(), t.token(end).endPosition());
    }

    /**
     * The item's status: the event's, unless the way from the item up to the trigger passes a negotiation or a
     * cancellation (« tandis que des négociations sont en cours sur des contrats pour les missiles Mistral »).
     */
    private TransferStatus statusOf(TransferSentence t, IndexedWord head) {
        if (t.trigger == null || head == null) {
            return t.e.status();
        }
        TransferStatus found = null;
        IndexedWord n = head;
        for (int step = 0; step < TransferSentence.MAX_STEPS && n != null; step++) {
            if (n.equals(t.trigger) || n.equals(t.scope)) {
                return found != null ? found : t.e.status();
            }
            for (IndexedWord w : clauseWords(t, n)) {
                String lemma = Morph.lemma(w);
                if (found == null && cues.isWord(Cues.Kind.negotiating, lemma)) {
                    found = TransferStatus.Negotiating;
                } else if (found == null && cues.isWord(Cues.Kind.cancelled, lemma)) {
                    found = TransferStatus.Cancelled;
                }
            }
            n = t.g.getParent(n);
        }
        // Not under the trigger: the sentence ties the item to the event some other way; the event's status holds.
        return t.e.status();
    }

    /** A word and its subjects: « des négociations sont en cours » is about negotiation. */
    private static List<IndexedWord> clauseWords(TransferSentence t, IndexedWord n) {
        List<IndexedWord> out = new ArrayList<>();
        out.add(n);
        for (SemanticGraphEdge d : t.g.outgoingEdgeList(n)) {
            if (d.getRelation().toString().startsWith("nsubj")) {
                out.add(d.getDependent());
            }
        }
        return out;
    }
}
