package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.Frame;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.extract.Materiel;
import org.actorgraph.extract.WeaponAnaphora;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.DocumentVoice;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.ParsePlan;
import org.actorgraph.nlp.Syntax;
import org.actorgraph.nlp.TaggedDocument;
import org.actorgraph.nlp.TaggedSentence;

/**
 * Stage "parse gate": decides, sentence by sentence, after tagging and NER and before the dependency parser (about nine
 * tenths of CoreNLP's time), which sentences can change the graph, so that only those are parsed.
 *
 * <p>A relation event comes only from a word whose lemma triggers a frame of the rule files, read with that frame's
 * part of speech (a noun or adjective that is also a finite verb is read as that verb too: the parse repairs may give it
 * back its clause, nlp/VerbTakenForNoun), and it needs an actor in the sentence that some state, organisation or armed
 * group answers for: a gazetteer name (found on characters, as linking finds it), an acronym the document defined for
 * one before it (« aux FAS » after « les Forces armées soudanaises (FAS) »: link/Acronyms, run on the tokens as linking
 * runs it), a name no gazetteer holds whose home the parse may tell ({@link GateNames}), or a word that the discourse
 * step resolves to one named before (a pronoun, a possessive, "le pays", "ces deux pays", "ce dernier", the « nous » of
 * a communiqué: {@link Anaphora#window}; an organ without its country, "la junte", which stands for the state the text
 * is about). Every other way to an actor (an organ noun and its owner, a relative pronoun and its antecedent, examples,
 * the place a sentence is set in) goes through a name or an anaphor of the same sentence. Frames with the option
 * {@code previous-sentence-parties} may take both parties from the sentence before. A frame that requires materiel
 * needs some named in the sentence, or in the two before (« en », « les appareils » refer back to it). So a
 * sentence is parsed when it holds a trigger (lemma and part of speech) and
 * <ul>
 *   <li>an actor's name, or</li>
 *   <li>a possible anaphor, and an actor's name in it or before it, or</li>
 *   <li>the trigger of a frame that takes the previous sentence's parties, and an actor's name in that sentence, or</li>
 *   <li>the trigger of a frame that follows the transfer before, an actor's name, and another state named up to it, or</li>
 *   <li>an actor's name and a word that may take up a weapon named shortly before, made in another state (its maker's
 *   state may be the supplier: extract.WeaponAnaphora; that weapon is also the materiel a frame requires).</li>
 * </ul>
 * The triggers come from the rule files as loaded ({@link FrameBook}), so a new frame or lemma widens the gate by
 * itself; so do the lemmas a frame's {@code match} requires beside its trigger (« tenir … pour responsable »). What
 * those sentences' analysis reads is parsed too: the heading lines that may give the document its voice (a
 * communiqué's or a cable's: its « nous », its bare « le ministère »); for a possible anaphor, the window of sentences
 * before it (the salience of what they name depends on their parse, and their own anaphora on the window before
 * theirs, until none is left); when an anaphor that may resolve is among them, every
 * sentence whose anaphora may resolve to one of its candidates, and their windows (an anaphor weighs its candidates by
 * how often the whole document refers to them); for a frame taking the previous sentence's parties, the sentence
 * before it. Last, the sentences whose names stage "link" reads to find actors no gazetteer holds
 * ({@link GateNames}). Thread-safe.
 */
public final class ParseGate {
    /** A node a positive relation leads to, named by its lemma or a list of lemmas: « >obj {lemma:responsabilité} ». */
    private static final Pattern REQUIRED_LEMMA = Pattern.compile(
            "(?<![!?])>\\s*(?:/[^/]*/|[\\w:.]+)\\s*\\(?\\s*\\{lemma:(?:/\\^\\(([\\p{L}|-]+)\\)\\$/|([\\p{L}-]+))[},;]");

    /** What the gate decided for one sentence. */
    public enum Decision {
        /** It can hold a relation: parsed. */
        RELATION("parsed: it can hold a relation"),
        /** A heading line, which may give a communiqué its voice: parsed. */
        VOICE("parsed: a heading line may give the document its voice"),
        /** A sentence that can hold a relation reads it (its anaphora, or its frames' previous-sentence parties): parsed. */
        CONTEXT("parsed: the analysis of a sentence that can hold a relation reads it"),
        /** It may name an actor that no gazetteer holds, which the graph records: parsed. */
        NAMES("parsed: it may name an actor that no gazetteer holds"),
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
            return this == RELATION || this == VOICE || this == CONTEXT || this == NAMES;
        }
    }

    /** The gate's decision for each sentence of a document, and the sentences to parse. */
    public record Decisions(List<Decision> bySentence, BitSet parse) {
        public int parsed() {
            return parse.cardinality();
        }
    }

    /** The frames of each trigger lemma. */
    private final Map<String, List<Frame>> triggers = new HashMap<>();
    /** The lemmas each frame's match requires in the sentence, each set one of whose lemmas must be there. */
    private final Map<Frame, List<Set<String>>> required = new HashMap<>();
    private final Cues cues;
    private final Gazetteer gazetteer;
    private final GateNames names;
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
            required.put(f, f.match() == null ? List.of() : requiredLemmas(f.match().pattern()));
        }
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.names = new GateNames(gazetteer);
        this.context = context;
    }

    /** The stage: the sentences to parse, and why. */
    public ParsePlan apply(TaggedDocument doc) {
        Decisions d = decide(doc);
        return new ParsePlan(doc, d.parse(), d.bySentence().stream().map(Decision::explanation).toList());
    }

    /** The stage with {@code kg build --parse-all}: every sentence within the parser's length bound. */
    public static ParsePlan all(TaggedDocument doc) {
        BitSet all = new BitSet();
        all.set(0, doc.sentences().size());
        return new ParsePlan(doc, all, doc.sentences().stream()
                .map(s -> s.parseable() ? "parsed: --parse-all" : Decision.TOO_LONG.explanation()).toList());
    }

    /** The decision for each sentence of a document, tagged, labelled by NER and lemmatized. */
    public Decisions decide(TaggedDocument doc) {
        List<TaggedSentence> sentences = doc.sentences();
        GateNames.Found found = names.find(doc);
        GateScan scan = new GateScan(sentences, found.named());
        Actor dateline = DocumentVoice.undatedDatelineState(doc.document().text(), gazetteer);
        if (dateline != null) {
            scan.namedBefore(dateline);
        }
        // The voice of a communiqué, read from its heading, is what its « nous » and its bare organs stand for.
        BitSet voiceLines = context ? Anaphora.voiceLines(sentences) : new BitSet();
        boolean voice = voiceLines.stream().anyMatch(i -> sentences.get(i).parseable());
        // Without a voice, « nous » outside quotes stands for the one state the title names, or in an editorial for the
        // state the text is about (link/Discourse).
        boolean titled = context && !sentences.isEmpty() && (!found.named().get(0).actors().isEmpty()
                || sentences.get(0).size() > 0 && DocumentVoice.isEditorialLabel(sentences.get(0).word(0)));
        // In a quotation, it stands for the state of its speaker, or for the state the whole text is about, which may
        // be named only after it: as if the sentence named it.
        for (int i = 0; i < sentences.size(); i++) {
            read(scan, i, voice, titled, context, found.mainState());
        }
        List<Decision> decisions = new ArrayList<>(sentences.size());
        BitSet relations = new BitSet();
        for (int i = 0; i < sentences.size(); i++) {
            boolean relation = scan.relation(i);
            decisions.add(!sentences.get(i).parseable() ? Decision.TOO_LONG
                    : relation ? Decision.RELATION : scan.trigger[i] ? Decision.NO_ACTOR : Decision.NO_TRIGGER);
            if (relation && sentences.get(i).parseable()) {
                relations.set(i);
            }
        }
        BitSet parse = (BitSet) relations.clone();
        if (!relations.isEmpty()) {
            mark(parse, voiceLines, Decision.VOICE, decisions, sentences);
        }
        mark(parse, scan.read(relations, parse, context), Decision.CONTEXT, decisions, sentences);
        BitSet named = new BitSet();
        for (int i = 0; i < sentences.size(); i++) {
            named.set(i, found.readsNames()[i]);
        }
        mark(parse, named, Decision.NAMES, decisions, sentences);
        return new Decisions(decisions, parse);
    }

    /** Adds the sentences of {@code more} to those parsed, those not parsed yet with this decision. */
    private static void mark(BitSet parse, BitSet more, Decision why, List<Decision> decisions, List<TaggedSentence> sentences) {
        for (int i = more.nextSetBit(0); i >= 0; i = more.nextSetBit(i + 1)) {
            if (!parse.get(i) && sentences.get(i).parseable()) {
                parse.set(i);
                decisions.set(i, why);
            }
        }
    }

    /**
     * Reads sentence i's words: triggers, anaphora; and what the document has named so far. With a {@code voice}, a
     * first-person word stands for the state its heading names; in a {@code titled} document, one outside quotes
     * may stand for the state its title names; with {@code quotedVoices}, one in quotes for its speaker's state or the
     * {@code mainState} of the whole text, which the sentence is then taken to name.
     */
    private void read(GateScan scan, int i, boolean voice, boolean titled, boolean quotedVoices, Actor mainState) {
        TaggedSentence s = scan.sentences.get(i);
        boolean quotedFirstPerson = false;
        // Before the triggers, which read it: a word anywhere in the sentence may take up a weapon.
        for (int t = 0; t < s.size(); t++) {
            scan.weaponAnaphor[i] |= WeaponAnaphora.at(s, t);
        }
        for (int t = 0; t < s.size(); t++) {
            List<Frame> frames = triggers.get(s.lemma(t));
            if (frames != null) {
                trigger(scan, i, frames, s.tag(t), s.morphs().get(t));
            }
            // A finite verb the tagger took for a noun or an adjective ("Moscou arme Damas") may be given back its
            // verb reading by the parse repairs (nlp/VerbTakenForNoun).
            if ("NOUN".equals(s.tag(t)) || "ADJ".equals(s.tag(t))) {
                triggerAsVerb(scan, i, s.morphs().get(t).asVerb(), s.word(t));
            }
            // So may a participle with an agent ("l'Éthiopie, longtemps armée par les États-Unis").
            if ("NOUN".equals(s.tag(t))) {
                triggerAsVerb(scan, i, s.morphs().get(t).asParticiple(), s.word(t));
            }
            int reach = Math.max(Anaphora.window(s.word(t), s.tag(t), t > 0 ? s.word(t - 1) : null),
                    t + 1 < s.size() ? Anaphora.genitiveCliticWindow(s.word(t), s.lemma(t + 1)) : 0);
            boolean quoted = Syntax.betweenQuotes(s.tokens(), t);
            boolean firstPerson = Anaphora.isFirstPerson(s.word(t), s.tag(t)) && (voice || titled && !quoted || quotedVoices && quoted);
            scan.recorded[i] |= reach > 0 || firstPerson;
            scan.firstPerson[i] |= firstPerson;
            quotedFirstPerson |= firstPerson && quoted && quotedVoices;
            boolean organ = ("NOUN".equals(s.tag(t)) || "PROPN".equals(s.tag(t)))
                    && (gazetteer.isAgentNoun(s.word(t)) || gazetteer.isAgentNoun(s.lemma(t)));
            if (organ) {
                // An organ named without its country ("le gouvernement", "la junte") stands for the state the text is
                // about, found as a description finds it (link/ActorResolver, Discourse.ownerOfOrgan).
                reach = Math.max(reach, Anaphora.descriptionWindow());
            }
            if (reach > 0 || firstPerson) {
                scan.anaphor[i] = true;
                scan.windowOf[i] = Math.max(scan.windowOf[i], reach);
            }
        }
        if (quotedFirstPerson && mainState != null) {
            scan.named.get(i).actors().add(mainState);
        }
        scan.namedSoFar(i);
    }

    /** The frames a word triggers in a verb reading the parse repairs may give it back (null: none). */
    private void triggerAsVerb(GateScan scan, int i, Morph reading, String word) {
        List<Frame> frames = reading == null ? null : triggers.get(reading.lemmaOf(word));
        if (frames != null) {
            trigger(scan, i, frames, "VERB", reading);
        }
    }

    private void trigger(GateScan scan, int i, List<Frame> frames, String tag, Morph morph) {
        for (Frame f : frames) {
            // A frame that requires military materiel fires only where the sentence names some, or refers to what
            // the two sentences before named ("en", "les appareils": extract.Materiel.materielBefore), or to a weapon
            // named shortly before (extract.WeaponAnaphora).
            if (readAs(f.pos(), tag, morph) && (f.theme() != Frame.ThemeCheck.required || materielInWindow(scan, i)
                    || scan.weaponAnaphor[i] && scan.weaponInWindow(i))
                    && required.get(f).stream().allMatch(any -> has(scan, i, any))) {
                scan.trigger[i] = true;
                scan.previousTrigger[i] |= f.has(Frame.Option.previousSentenceParties);
                scan.documentPartyTrigger[i] |= f.has(Frame.Option.recipientFromTopic) || f.has(Frame.Option.accusedFromConflict);
                scan.followTrigger[i] |= f.has(Frame.Option.followsTransfer);
            }
        }
    }

    /**
     * The lemmas a frame's match requires: each node of the pattern that a relation (not negated, not optional) leads to
     * and that names its lemma (« {@code >obj {lemma:responsabilité}} », « {@code {lemma:/^(contrat|marché)$/}} »). None
     * when the pattern has alternatives (« [ … | … ] »), whose branches need not all match.
     */
    static List<Set<String>> requiredLemmas(String pattern) {
        if (pattern.contains("[") || pattern.contains("?>")) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        Matcher m = REQUIRED_LEMMA.matcher(pattern);
        while (m.find()) {
            out.add(Set.of((m.group(1) != null ? m.group(1) : m.group(2)).split("\\|")));
        }
        return out;
    }

    /**
     * Whether a sentence holds one of these lemmas (as a lemma, a word as written or in lower case: « CIJ », « cour »; or
     * a noun's verb reading).
     */
    private static boolean has(GateScan scan, int i, Set<String> lemmas) {
        TaggedSentence s = scan.sentences.get(i);
        for (int t = 0; t < s.size(); t++) {
            Morph verb = s.morphs().get(t).asVerb();
            if (lemmas.contains(s.lemma(t)) || lemmas.contains(s.word(t)) || lemmas.contains(s.word(t).toLowerCase(Locale.ROOT))
                    || verb != null && lemmas.contains(verb.lemmaOf(s.word(t)))) {
                return true;
            }
        }
        return false;
    }

    private boolean materiel(GateScan scan, int i) {
        return GateNames.materiel(cues, scan.sentences.get(i), scan.named.get(i));
    }

    /** Materiel named in sentence i or in the sentences before it that a word referring to materiel reads (extract.Materiel.WINDOW). */
    private boolean materielInWindow(GateScan scan, int i) {
        return IntStream.rangeClosed(Math.max(0, i - Materiel.WINDOW), i).anyMatch(j -> materiel(scan, j));
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
}
