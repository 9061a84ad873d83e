package org.actorgraph.pipeline;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.actorgraph.extract.WeaponAnaphora;
import org.actorgraph.link.Actor;
import org.actorgraph.nlp.TaggedSentence;

/**
 * What {@link ParseGate} finds in one document's sentences (triggers, anaphora, what each names), and the sentences
 * it parses from it: those that can hold a relation, and what their analysis reads.
 */
final class GateScan {
    final List<TaggedSentence> sentences;
    final List<GateNames.Named> named;
    final int n;
    final boolean[] trigger;
    final boolean[] previousTrigger;
    /**
     * A trigger of a frame that may take its other party from what the document told before: the state the text is
     * about as its recipient (recipient-from-topic), or the accuser's adversary as its accused (accused-from-conflict).
     */
    final boolean[] documentPartyTrigger;
    /** A trigger of a frame that may take a party of the transfer told before (follows-transfer). */
    final boolean[] followTrigger;
    final boolean[] anaphor;
    /** A word that may take up a weapon named before it (extract.WeaponAnaphora), whose maker's state may be a party. */
    final boolean[] weaponAnaphor;
    /** An anaphor the discourse step records (a pronoun, a possessive, a description): its resolution counts. */
    final boolean[] recorded;
    /** A « nous », « notre », « nos » that stands for the voice of the document, read from its first sentence. */
    final boolean[] firstPerson;
    /** How far back the sentence's anaphora look. */
    final int[] windowOf;
    /** How many different states the document has named up to and with each sentence: all an anaphor can stand for. */
    final int[] statesSoFar;
    private final Set<Actor> soFar = new HashSet<>();

    GateScan(List<TaggedSentence> sentences, List<GateNames.Named> named) {
        this.sentences = sentences;
        this.named = named;
        this.n = sentences.size();
        trigger = new boolean[n];
        previousTrigger = new boolean[n];
        documentPartyTrigger = new boolean[n];
        followTrigger = new boolean[n];
        anaphor = new boolean[n];
        weaponAnaphor = new boolean[n];
        recorded = new boolean[n];
        firstPerson = new boolean[n];
        windowOf = new int[n];
        statesSoFar = new int[n];
    }

    /** Records a state the document names before its first sentence (its dateline's city, blanked before tagging). */
    void namedBefore(Actor state) {
        soFar.add(state);
    }

    /** Records, once sentence i's words are read, what the document has named up to it. */
    void namedSoFar(int i) {
        soFar.addAll(named.get(i).actors());
        statesSoFar[i] = soFar.size();
    }

    /** An anaphor that may stand for something: a state is named before it, or in its sentence. */
    boolean resolvable(int i) {
        return anaphor[i] && statesSoFar[i] > 0;
    }

    /**
     * An anaphor that may stand for something and that discourse records: how often the document refers to each
     * state counts its resolution (an organ without its country reads those counts but adds nothing to them).
     */
    private boolean counted(int i) {
        return recorded[i] && statesSoFar[i] > 0;
    }

    /** Whether sentence i can hold a relation. */
    boolean relation(int i) {
        int previous = previousParseable(i);
        // An event joins two actors that two different states answer for (lift drops the others), each named in
        // the sentence (a weapon may name its origin), or named before and referred to by an anaphor, or, for a
        // frame that takes them, the subject of the previous sentence and another state it names, or the state the
        // text is about.
        return trigger[i] && (named.get(i).twoStates()
                || anaphor[i] && (statesSoFar[i] >= 2 || statesSoFar[i] == 1 && !named.get(i).origins().isEmpty())
                || previousTrigger[i] && previous >= 0 && !named.get(previous).actors().isEmpty()
                        && statesSoFar[previous] >= 2
                // A party named or referred to, and its other party among the states named so far: the topic, or the
                // adversary of an accuser (extract.DocumentTopic).
                || documentPartyTrigger[i] && statesSoFar[i] >= 2 && (!named.get(i).actors().isEmpty() || anaphor[i])
                // A state named that may do as the one before did, with another state named up to here (extract.FollowedTransfer).
                || followTrigger[i] && !named.get(i).actors().isEmpty() && statesSoFar[i] >= 2
                // A state named, and a weapon named shortly before that a word here takes up, made in another state.
                || weaponAnaphor[i] && !named.get(i).actors().isEmpty() && originBefore(i));
    }

    /** Whether a weapon made in a state sentence i does not name is named in the window before it, or in it. */
    private boolean originBefore(int i) {
        return weaponWindow(i).anyMatch(j -> !named.get(i).actors().containsAll(named.get(j).origins()));
    }

    /** Whether a weapon system is named in the window before sentence i, or in it, for a word there to take up. */
    boolean weaponInWindow(int i) {
        return weaponWindow(i).anyMatch(j -> !named.get(j).weapons().isEmpty());
    }

    /** The sentences a word of sentence i that takes up a weapon looks in (extract.WeaponAnaphora.WINDOW). */
    private static IntStream weaponWindow(int i) {
        return IntStream.rangeClosed(Math.max(0, i - WeaponAnaphora.WINDOW), i);
    }

    /** The sentences whose parse the analysis of {@code parsed} (those that can hold a relation, the voice) reads. */
    BitSet read(BitSet relations, BitSet parsed, boolean context) {
        // The previous sentence, for its pair of actors ...
        BitSet read = (BitSet) parsed.clone();
        for (int i = relations.nextSetBit(0); i >= 0; i = relations.nextSetBit(i + 1)) {
            int previous = previousParseable(i);
            if (previousTrigger[i] && previous >= 0) {
                read.set(previous);
            }
        }
        if (!context) {
            return read;
        }
        // ... and, for an anaphor, what was said in the window before it: the salience of what those sentences name
        // depends on their parse, and their own anaphora on the window before theirs ...
        addWindows(read);
        // ... and, when one of the sentences read holds an anaphor that may resolve, how often the states it may
        // stand for are named or referred to in the whole document (a pronoun, a description or an organ without its
        // country weighs its candidates by it): an anaphor elsewhere counts when it may stand for one of them, that
        // is when one of them is named in the window it reads; then its own candidates count too, until none is left.
        boolean anaphora = false;
        for (int i = read.nextSetBit(0); i >= 0 && !anaphora; i = read.nextSetBit(i + 1)) {
            anaphora = resolvable(i);
        }
        if (!anaphora) {
            return read;
        }
        Set<Actor> candidates = new HashSet<>();
        for (boolean grown = true; grown; ) {
            grown = false;
            for (int k = read.nextSetBit(0); k >= 0; k = read.nextSetBit(k + 1)) {
                candidates.addAll(named.get(k).actors());
            }
            for (int j = 0; j < n && !grown; j++) {
                if (read.get(j) || !counted(j)) {
                    continue;
                }
                BitSet window = new BitSet(n);
                window.set(j);
                addWindows(window);
                for (int k = window.nextSetBit(0); k >= 0 && !grown; k = window.nextSetBit(k + 1)) {
                    grown = named.get(k).actors().stream().anyMatch(candidates::contains);
                }
                if (grown) {
                    read.or(window);
                }
            }
        }
        return read;
    }

    /** Adds to {@code read} the window before each anaphor of a sentence read, and theirs, until none is left. */
    private void addWindows(BitSet read) {
        BitSet pending = (BitSet) read.clone();
        for (int i = pending.nextSetBit(0); i >= 0; i = pending.nextSetBit(0)) {
            pending.clear(i);
            if (!resolvable(i)) {
                continue;
            }
            for (int j = firstPerson[i] ? 0 : Math.max(0, i - windowOf[i]); j < i; j++) {
                if (!read.get(j) && (j >= i - windowOf[i] || j == 0)) {
                    read.set(j);
                    pending.set(j);
                }
            }
        }
    }

    /** The nearest sentence before i that can be parsed, or -1: the "previous sentence" of the extraction. */
    private int previousParseable(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (sentences.get(j).parseable()) {
                return j;
            }
        }
        return -1;
    }
}
