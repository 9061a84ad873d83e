package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.Frame;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Discourse;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.Mention;
import org.actorgraph.link.MentionFinder;
import org.actorgraph.nlp.Annotate;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.TaggedSentence;

/**
 * The parse gate: decides, sentence by sentence, after tagging and before NER and the dependency parser (about nine
 * tenths of CoreNLP's time), which sentences can change the graph, so that only those are parsed.
 *
 * <p>A relation event comes only from a word whose lemma triggers a frame of the rule files, read with that frame's
 * part of speech (a noun or adjective that is also a finite verb is read as that verb too: the parse repairs may give it
 * back its clause, nlp/VerbTakenForNoun), and it needs an actor in the sentence that some state, organisation or armed
 * group answers for: a gazetteer name (found on characters, as linking finds it), or a word that the discourse step
 * resolves to one named before (a pronoun, a possessive, "le pays", "ces deux pays", "ce dernier":
 * {@link Discourse#anaphorWindow}; an organ without its country, "la junte", which stands for the state the text is
 * about). Every other way to an actor (an organ noun and its owner, a relative pronoun and its antecedent, examples,
 * the place a sentence is set in) goes through a name or an anaphor of the same sentence. Frames with the option
 * {@code previous-sentence-parties} may take both parties from the sentence before. A frame that requires materiel
 * needs some named in the sentence, or in the sentence before (« en », « les appareils » refer back to it). So a
 * sentence is parsed when it holds a trigger (lemma and part of speech) and
 * <ul>
 *   <li>an actor's name, or</li>
 *   <li>a possible anaphor, and an actor's name in it or before it, or</li>
 *   <li>the trigger of a frame that takes the previous sentence's parties, and an actor's name in that sentence.</li>
 * </ul>
 * The triggers come from the rule files as loaded ({@link FrameBook}), so a new frame or lemma widens the gate by
 * itself. A sentence that can hold a relation brings the sentences its resolution reads: for a possible anaphor, the
 * {@link Discourse#anaphorWindow} sentences before it (the salience of what they name depends on their parse, and
 * their own anaphora on the window before theirs, until none is left); when an anaphor that may resolve is among them,
 * every sentence whose anaphora may resolve, and their windows (an anaphor weighs its candidates by how often the
 * whole document refers to them); for a frame taking the previous sentence's parties, the sentence before it that can
 * be parsed. Those are parsed too. NER runs on the sentences that can hold a relation (qualify reads a ruler's name
 * there: "l'Irak de Saddam Hussein") and on the parsed sentences in the window of an anaphor that may resolve
 * (discourse reads CoreNLP's I-PER there), and nowhere else.
 * Thread-safe.
 */
public final class ParseGate implements Annotate.Selector {
    /** What the gate decided for one sentence. */
    public enum Decision {
        /** It can hold a relation: parsed. */
        RELATION("parsed: it can hold a relation"),
        /** A sentence that can hold a relation reads it (its anaphora, or its frames' previous-sentence parties): parsed. */
        CONTEXT("parsed: the analysis of a sentence that can hold a relation reads it"),
        /** No word that can trigger a frame here (a frame requiring materiel needs some named in the sentence). */
        NO_TRIGGER("not parsed: it cannot hold a relation (no word that can trigger a frame here)"),
        /** A trigger, but not two different states that its actors could answer to. */
        NO_ACTOR("not parsed: it cannot hold a relation (a trigger, but not two states it could join)"),
        /** Over the parser's length bound (whatever the gate says). */
        TOO_LONG("not parsed: too long");

        private final String explanation;

        Decision(String explanation) {
            this.explanation = explanation;
        }

        /** One line for {@code kg explain}. */
        public String explanation() {
            return explanation;
        }

        public boolean parsed() {
            return this == RELATION || this == CONTEXT;
        }
    }

    /** The gate's decision for each sentence of a document, the sentences to parse, and those NER must label. */
    public record Decisions(List<Decision> bySentence, BitSet parse, BitSet ner) {
        public int parsed() {
            return parse.cardinality();
        }
    }

    /** The frames of each trigger lemma. */
    private final Map<String, List<Frame>> triggers = new HashMap<>();
    private final Cues cues;
    private final Gazetteer gazetteer;
    private final MentionFinder mentions;
    private final boolean context;

    public ParseGate(FrameBook rules, Cues cues, Gazetteer gazetteer) {
        this(rules, cues, gazetteer, true);
    }

    /** Without {@code context}, only the sentences that can hold a relation are parsed (to show what context is for). */
    ParseGate(FrameBook rules, Cues cues, Gazetteer gazetteer, boolean context) {
        for (Frame f : rules.frames()) {
            for (String lemma : f.lemmas()) {
                triggers.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
            }
        }
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.mentions = new MentionFinder(gazetteer);
        this.context = context;
    }

    @Override
    public Annotate.Selection select(Document doc, List<TaggedSentence> sentences) {
        Decisions d = decide(doc, sentences);
        return new Annotate.Selection(d.ner(), d.parse());
    }

    /** The same sentences parsed, and NER on every sentence (for {@code kg explain}, which shows CoreNLP's labels). */
    public Annotate.Selector withNerEverywhere() {
        return (doc, sentences) -> {
            BitSet all = new BitSet();
            all.set(0, sentences.size());
            return new Annotate.Selection(all, decide(doc, sentences).parse());
        };
    }

    /** The decision for each sentence of a document, tagged and lemmatized. */
    public Decisions decide(Document doc, List<TaggedSentence> sentences) {
        Scan scan = new Scan(sentences, named(doc, sentences));
        for (int i = 0; i < sentences.size(); i++) {
            scan.sentence(i);
        }
        BitSet parse = scan.relations();
        BitSet relations = (BitSet) parse.clone();
        BitSet read = scan.read(parse);
        List<Decision> decisions = scan.decisions;
        for (int i = read.nextSetBit(0); i >= 0; i = read.nextSetBit(i + 1)) {
            if (!parse.get(i) && sentences.get(i).parseable()) {
                parse.set(i);
                decisions.set(i, Decision.CONTEXT);
            }
        }
        return new Decisions(decisions, parse, scan.ner(parse, relations));
    }

    /** What the gate finds in one document's sentences, and the decisions it draws from it. */
    private final class Scan {
        final List<TaggedSentence> sentences;
        final List<Named> named;
        final int n;
        final boolean[] trigger;
        final boolean[] previousTrigger;
        final boolean[] anaphor;
        /** An anaphor the discourse step records (a pronoun, a possessive, a description): its resolution counts. */
        final boolean[] recorded;
        final boolean[] description;
        /** How far back the sentence's anaphora look. */
        final int[] windowOf;
        /** How many different states the document has named up to and with each sentence: all an anaphor can stand for. */
        final int[] statesSoFar;
        final Set<Actor> soFar = new HashSet<>();
        final List<Decision> decisions;

        Scan(List<TaggedSentence> sentences, List<Named> named) {
            this.sentences = sentences;
            this.named = named;
            this.n = sentences.size();
            trigger = new boolean[n];
            previousTrigger = new boolean[n];
            anaphor = new boolean[n];
            recorded = new boolean[n];
            description = new boolean[n];
            windowOf = new int[n];
            statesSoFar = new int[n];
            decisions = new ArrayList<>(n);
        }

        /** Reads sentence i's words: triggers, anaphora; and what the document has named so far. */
        void sentence(int i) {
            TaggedSentence s = sentences.get(i);
            for (int t = 0; t < s.size(); t++) {
                List<Frame> frames = triggers.get(s.lemma(t));
                if (frames != null) {
                    trigger(i, frames, s.tag(t), s.morphs().get(t), s);
                }
                // A finite verb the tagger took for a noun or an adjective ("Moscou arme Damas") may be given back its
                // verb reading by the parse repairs (nlp/VerbTakenForNoun).
                Morph verb = s.morphs().get(t).asVerb();
                if (verb != null && ("NOUN".equals(s.tag(t)) || "ADJ".equals(s.tag(t)))) {
                    List<Frame> asVerb = triggers.get(verb.lemmaOf(s.word(t)));
                    if (asVerb != null) {
                        trigger(i, asVerb, "VERB", verb, s);
                    }
                }
                int reach = Discourse.anaphorWindow(s.word(t), s.tag(t));
                recorded[i] |= reach > 0;
                boolean organ = ("NOUN".equals(s.tag(t)) || "PROPN".equals(s.tag(t)))
                        && (gazetteer.isAgentNoun(s.word(t)) || gazetteer.isAgentNoun(s.lemma(t)));
                if (organ) {
                    // An organ named without its country ("le gouvernement", "la junte") stands for the state the text is
                    // about, found as a description finds it (link/ActorResolver, Discourse.ownerOfOrgan).
                    reach = Math.max(reach, Discourse.descriptionWindow());
                }
                if (reach > 0) {
                    anaphor[i] = true;
                    windowOf[i] = Math.max(windowOf[i], reach);
                    description[i] |= organ || Discourse.isDescription(s.word(t), s.tag(t));
                }
            }
            soFar.addAll(named.get(i).actors());
            statesSoFar[i] = soFar.size();
        }

        private void trigger(int i, List<Frame> frames, String tag, Morph morph, TaggedSentence s) {
            for (Frame f : frames) {
                // A frame that requires military materiel fires only where the sentence names some, or refers to what
                // the sentence before named ("en", "les appareils": extract.Extract.materielBefore).
                if (readAs(f.pos(), tag, morph) && (f.theme() != Frame.ThemeCheck.required || materiel(s, named.get(i))
                        || i > 0 && materiel(sentences.get(i - 1), named.get(i - 1)))) {
                    trigger[i] = true;
                    previousTrigger[i] |= f.has(Frame.Option.previousSentenceParties);
                }
            }
        }

        /** An anaphor that may stand for something: a state is named before it, or in its sentence. */
        boolean resolvable(int i) {
            return anaphor[i] && statesSoFar[i] > 0;
        }

        /**
         * An anaphor that may stand for something and that discourse records: how often the document refers to each
         * state counts its resolution (an organ without its country reads those counts but adds nothing to them).
         */
        boolean counted(int i) {
            return recorded[i] && statesSoFar[i] > 0;
        }

        /** The sentences that can hold a relation; records every sentence's decision. */
        BitSet relations() {
            BitSet parse = new BitSet(n);
            for (int i = 0; i < n; i++) {
                int previous = previousParseable(sentences, i);
                // An event joins two actors that two different states answer for (lift drops the others), each named in
                // the sentence (a weapon may name its origin), or named before and referred to by an anaphor, or, for a
                // frame that takes them, the subject of the previous sentence and another state it names.
                boolean relation = trigger[i] && (named.get(i).twoStates()
                        || anaphor[i] && (statesSoFar[i] >= 2 || statesSoFar[i] == 1 && !named.get(i).origins().isEmpty())
                        || previousTrigger[i] && previous >= 0 && !named.get(previous).actors().isEmpty()
                                && statesSoFar[previous] >= 2);
                decisions.add(!sentences.get(i).parseable() ? Decision.TOO_LONG
                        : relation ? Decision.RELATION : trigger[i] ? Decision.NO_ACTOR : Decision.NO_TRIGGER);
                if (relation && sentences.get(i).parseable()) {
                    parse.set(i);
                }
            }
            return parse;
        }

        /** The sentences whose parse the analysis of those that can hold a relation reads. */
        BitSet read(BitSet relations) {
            // The previous sentence, for its pair of actors ...
            BitSet read = (BitSet) relations.clone();
            for (int i = relations.nextSetBit(0); i >= 0; i = relations.nextSetBit(i + 1)) {
                int previous = previousParseable(sentences, i);
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
                for (int j = 0; j < n; j++) {
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
                        break;
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
                for (int j = Math.max(0, i - windowOf[i]); j < i; j++) {
                    if (!read.get(j)) {
                        read.set(j);
                        pending.set(j);
                    }
                }
            }
        }

        /**
         * CoreNLP's NER is read by discourse, for the people the gazetteer does not know who may be what an anaphor
         * stands for: in a parsed sentence whose anaphora, or those of the window after it, may resolve; and by qualify,
         * for the ruler that names a regime ("l'Irak de Saddam Hussein"), in a sentence that can hold a relation.
         */
        BitSet ner(BitSet parse, BitSet relations) {
            BitSet ner = (BitSet) relations.clone();
            for (int x = parse.nextSetBit(0); x >= 0; x = parse.nextSetBit(x + 1)) {
                if (resolvable(x)) {
                    for (int j = Math.max(0, x - windowOf[x]); j <= x; j++) {
                        if (parse.get(j)) {
                            ner.set(j);
                        }
                    }
                }
            }
            return ner;
        }
    }

    /** Whether a sentence names military materiel: a weapon of the gazetteer, or a word of the cue list. */
    private boolean materiel(TaggedSentence s, Named named) {
        if (!named.weapons().isEmpty()) {
            return true;
        }
        for (int t = 0; t < s.size(); t++) {
            if (cues.isWord(Cues.Kind.military, s.word(t)) || cues.isWord(Cues.Kind.militaryQualifier, s.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest sentence before i that can be parsed, or -1: the "previous sentence" of the extraction. */
    private static int previousParseable(List<TaggedSentence> sentences, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (sentences.get(j).parseable()) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a token with this tag can be read as a trigger by a frame of this part of speech (as extract.Extract reads it). */
    private static boolean readAs(Frame.PartOfSpeech pos, String tag, Morph morph) {
        // As extract.Arguments.isVerbal: a verb, or an adjective that is a participle.
        boolean verbal = "VERB".equals(tag) || "AUX".equals(tag)
                || "ADJ".equals(tag) && morph.category() == 'V' && (morph.pastParticiple() || morph.presentParticiple());
        return switch (pos) {
            case noun -> "NOUN".equals(tag) || "PROPN".equals(tag);
            case verb -> verbal;
            case adj -> "ADJ".equals(tag) || verbal;
        };
    }

    /**
     * What a sentence names: the states, organisations and armed groups that answer for its actors, and the states its
     * weapons come from (a frame may take one for the supplier).
     */
    private record Named(Set<Actor> actors, Set<Actor> origins, Set<Actor> weapons) {
        /** Whether two different states could be the two sides of an event. */
        boolean twoStates() {
            Set<Actor> all = new HashSet<>(actors);
            all.addAll(origins);
            return all.size() >= 2;
        }
    }

    private List<Named> named(Document doc, List<TaggedSentence> sentences) {
        List<Named> out = new ArrayList<>(sentences.size());
        List<Mention> found = mentions.find(doc.text());
        int first = 0;
        for (TaggedSentence s : sentences) {
            Named named = new Named(new HashSet<>(), new HashSet<>(), new HashSet<>());
            while (first < found.size() && found.get(first).end() <= s.begin()) {
                first++;
            }
            // As linking lays mentions over sentences: any overlap.
            for (int k = first; k < found.size() && found.get(k).begin() < s.end(); k++) {
                Mention m = found.get(k);
                if (m.end() <= s.begin()) {
                    continue;
                }
                if (m.actor().isWeapon()) {
                    named.weapons().add(m.actor());
                    Actor origin = gazetteer.originOf(m.actor());
                    if (origin != null) {
                        named.origins().add(origin);
                    }
                } else if (gazetteer.accountable(m.actor()) != null) {
                    named.actors().add(gazetteer.accountable(m.actor()));
                }
            }
            out.add(named);
        }
        return out;
    }
}
