package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag repair for adjectives of nationality the dictionary does not know, on tokens written by hand. */
class UnknownAdjectiveTakenForVerbTest {
    private static final Map<String, Morph> MORPHS = Map.of(
            "fourni", new Morph("fournir", 'V', Set.of("ppa", "m", "s"), Set.of("ppa m s"), null, null),
            "contient", new Morph("contenir", 'V', Set.of("ind", "pres", "3", "s"), Set.of("ind pres 3 s"), null, null));

    @Test
    void anUnknownWordWithAnAdjectiveEndingAfterANounIsAnAdjective() {
        TaggedSentence s = HandTagged.sentence(MORPHS, "Canberra", "PROPN", "a", "AUX", "fourni", "VERB", "à", "ADP", "la", "DET",
                "marine", "NOUN", "tongienne", "VERB", "un", "DET", "patrouilleur", "NOUN");
        UnknownAdjectiveTakenForVerb.apply(s);
        assertEquals("ADJ", s.tag(6));
        assertEquals("VERB", s.tag(2));
    }

    @Test
    void aVerbTheDictionaryKnowsOrOneAfterNoNounStaysAVerb() {
        TaggedSentence s = HandTagged.sentence(MORPHS, "la", "DET", "cale", "NOUN", "contient", "VERB", "Elle", "PRON", "tongienne", "VERB");
        UnknownAdjectiveTakenForVerb.apply(s);
        assertEquals("VERB", s.tag(2));
        assertEquals("VERB", s.tag(4));
    }
}
