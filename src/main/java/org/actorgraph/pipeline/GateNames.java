package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.extract.Cues;
import org.actorgraph.link.Acronyms;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.nlp.Syntax;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.MainState;
import org.actorgraph.link.Link;
import org.actorgraph.link.LocalActors;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.TaggedDocument;
import org.actorgraph.nlp.TaggedSentence;

/**
 * What the parse gate reads of the actors a tagged document names, sentence by sentence: the gazetteer's names, found
 * on characters as stage "link" finds them, the acronyms the document defines for them ({@link Acronyms}, read from
 * the tokens as stage "link" reads them: « aux FAS » names Sudan once « les Forces armées soudanaises (FAS) » came
 * before), and the names no gazetteer holds that {@link LocalActors} makes actors of.
 *
 * <p>{@link LocalActors} reads every sentence's names (CoreNLP's PER and ORG, proper nouns it left out), and an actor
 * it finds is written in the graph with every occurrence of its name. What it reads of a name reaches an actor when
 * the name may become one (a courtesy title or a title word before it, a person's name of two words, a cue word of
 * {@code name-cues.tsv} in its sentence) or is spelt as one that may (its spellings, its first label). The parse
 * changes that reading only through a cue word, which the parse may show the name in apposition to, or a common noun
 * before the name, which it may name (« les frégates La Fayette »): such sentences are parsed for their names
 * ({@link Found#readsNames}); the others' names are read from their tokens. A cue may also give a name its home: a
 * state or an international organisation named in the cue's sentence (link/NameCue). Wherever such a name occurs,
 * linking lays it over the text as an actor that home answers for; the gate counts the states it may be.
 */
final class GateNames {
    /** What one sentence names: the actors that answer for its mentions, the origins and the weapons it names. */
    record Named(Set<Actor> actors, Set<Actor> origins, Set<Actor> weapons) {
        /** Whether two different states could be the two sides of an event. */
        boolean twoStates() {
            Set<Actor> all = new HashSet<>(actors);
            all.addAll(origins);
            return all.size() >= 2;
        }
    }

    private final Gazetteer gazetteer;
    private final Link link;
    private final LocalActors local;

    GateNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.link = new Link(gazetteer);
        this.local = new LocalActors(gazetteer);
    }

    /** What each sentence names, whether each is parsed for its names, and the state the whole text is about (link.MainState). */
    record Found(List<Named> named, boolean[] readsNames, Actor mainState) {}

    Found find(TaggedDocument doc) {
        String text = doc.document().text();
        List<TaggedSentence> sentences = doc.sentences();
        List<Mention> listed = listed(text, sentences);
        List<Named> named = new ArrayList<>(sentences.size());
        List<List<LocalActors.Name>> names = new ArrayList<>(sentences.size());
        Set<String> actorSlugs = new HashSet<>();
        Map<String, Set<Actor>> homes = new HashMap<>();
        int first = 0;
        for (TaggedSentence s : sentences) {
            while (first < listed.size() && listed.get(first).end() <= s.begin()) {
                first++;
            }
            named.add(named(s, listed, first));
            List<LocalActors.Name> here = local.names(s.tokens(), s.begin(), s.end(), text, listed);
            names.add(here);
            boolean cue = hasCueWord(s);
            for (LocalActors.Name n : here) {
                if (cue || n.titled() || n.type().equals("PER") && n.tokens().size() > 1) {
                    actorSlugs.add(n.slug());
                }
                if (cue) {
                    homes.computeIfAbsent(n.slug(), k -> new HashSet<>()).addAll(homesIn(named.get(named.size() - 1)));
                }
            }
        }
        boolean[] readsNames = new boolean[sentences.size()];
        Map<String, Set<Actor>> homeBySpelling = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            boolean cue = hasCueWord(sentences.get(i));
            for (LocalActors.Name n : names.get(i)) {
                // What is read of a name reaches its actor (a proper noun NER left out only with a cue or a title);
                // the parse can change it only through a cue, or a common noun before it that it may name.
                boolean read = actorSlugs.contains(n.slug()) && (!n.type().equals("PROPN") || cue || n.titled());
                readsNames[i] |= read && (cue || !n.titled() && nounBefore(sentences.get(i), n));
                if (homes.containsKey(n.slug()) && !homes.get(n.slug()).isEmpty()) {
                    homeBySpelling.computeIfAbsent(n.label(), k -> new HashSet<>()).addAll(homes.get(n.slug()));
                    // a person's surname alone names the person too (LocalActors)
                    String surname = n.tokens().size() > 1 ? LocalActors.surname(n.label()) : null;
                    if (surname != null) {
                        homeBySpelling.computeIfAbsent(surname, k -> new HashSet<>()).addAll(homes.get(n.slug()));
                    }
                }
            }
        }
        for (Mention m : listed) {
            // a person of the gazetteer named by the surname alone afterwards (LocalActors)
            String surname = m.actor().kind() == ActorKind.Person ? LocalActors.surname(m.text()) : null;
            Actor home = surname == null ? null : gazetteer.accountable(m.actor());
            if (home != null) {
                homeBySpelling.computeIfAbsent(surname, k -> new HashSet<>()).add(home);
            }
        }
        homeBySpelling.forEach((spelling, home) -> {
            for (int[] at : LocalActors.occurrences(text, spelling)) {
                for (int i = 0; i < sentences.size(); i++) {
                    if (at[0] < sentences.get(i).end() && at[1] > sentences.get(i).begin()) {
                        named.get(i).actors().addAll(home);
                    }
                }
            }
        });
        return new Found(named, readsNames, MainState.of(listed, gazetteer));
    }

    /**
     * The mentions stage "link" lays over the text before it looks for local actors, in text order: the gazetteer's,
     * and the acronyms' the document defines (on the lemmas the tokens will carry).
     */
    private List<Mention> listed(String text, List<TaggedSentence> sentences) {
        List<Acronyms.Sentence> tokens = new ArrayList<>(sentences.size());
        for (TaggedSentence s : sentences) {
            tokens.add(new Acronyms.Sentence(s.tokens(), s.begin(), s.end(), s::tokenLemma));
        }
        return link.listed(text, tokens);
    }

    /** Whether a common noun comes before a name's last word: the thing it may name (« les frégates La Fayette »). */
    private static boolean nounBefore(TaggedSentence s, LocalActors.Name n) {
        int last = n.tokens().get(n.tokens().size() - 1).index();
        for (int t = 0; t < s.size() && s.tokens().get(t).index() < last; t++) {
            if ("NOUN".equals(s.tag(t))) {
                return true;
            }
        }
        return false;
    }

    /** The homes a cue may give a name in a sentence: the states and international organisations it names. */
    private static Set<Actor> homesIn(Named named) {
        Set<Actor> out = new HashSet<>();
        for (Actor a : named.actors()) {
            if (a.kind() == ActorKind.State || a.kind() == ActorKind.InternationalOrganisation) {
                out.add(a);
            }
        }
        return out;
    }

    /** A word that may say what a name beside it is (name-cues.tsv), whatever its tag: the parse repairs may retag it. */
    private boolean hasCueWord(TaggedSentence s) {
        for (int t = 0; t < s.size(); t++) {
            if (gazetteer.cueKind(s.word(t)) != null || gazetteer.cueKind(s.lemma(t)) != null) {
                return true;
            }
        }
        return false;
    }

    /** What sentence s names, from {@code found} (in text order) from index {@code first} on. */
    private Named named(TaggedSentence s, List<Mention> found, int first) {
        Named named = new Named(new HashSet<>(), new HashSet<>(), new HashSet<>());
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
                named.origins().addAll(gazetteer.partnersOf(m.actor()));
            } else if (gazetteer.accountable(m.actor()) != null) {
                named.actors().add(gazetteer.accountable(m.actor()));
            }
        }
        return named;
    }

    /** Whether a sentence names military materiel: a weapon of the gazetteer, a word of the cue list, a designation ("L-29"). */
    static boolean materiel(Cues cues, TaggedSentence s, Named named) {
        if (!named.weapons().isEmpty()) {
            return true;
        }
        for (int t = 0; t < s.size(); t++) {
            if (cues.isWord(Cues.Kind.military, s.word(t)) || cues.isWord(Cues.Kind.militaryQualifier, s.word(t))
                    || t + 1 < s.size() && Syntax.isDesignation(s.word(t), s.word(t + 1)) || cues.startsPhrase(Cues.Kind.military, s::word, s.size(), t)) {
                return true;
            }
        }
        return false;
    }

}
