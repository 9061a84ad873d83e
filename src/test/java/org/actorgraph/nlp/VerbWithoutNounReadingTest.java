package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag repair for words the dictionary reads only as verbs, on tokens and readings written by hand. */
class VerbWithoutNounReadingTest {
    private static final Map<String, Morph> MORPHS = Map.of(
            "reprocha", new Morph("reprocher", 'V', Set.of("ind", "psim", "3", "s"), Set.of("ind psim 3 s"), null, null),
            "livrés", new Morph("livrer", 'V', Set.of("ppa", "m", "p"), Set.of("ppa m p"), null, null),
            "agression", new Morph("agression", 'N', Set.of("f", "s"), Set.of("f s"), null, null),
            "arment", new Morph("armer", 'V', Set.of("ind", "pres", "3", "p"), Set.of("ind pres 3 p"), null, null),
            "rapidement", new Morph("rapidement", 'R', Set.of(), Set.of(), null, null),
            "livre", new Morph("livre", 'N', Set.of("m", "s"), Set.of("m s"),
                    new Morph("livrer", 'V', Set.of("ind", "pres", "3", "s"), Set.of("ind pres 3 s"), null, null), null));

    private static TaggedSentence sentence(String... wordsAndTags) {
        return HandTagged.sentence(MORPHS, wordsAndTags);
    }

    @Test
    void aNounTheDictionaryKnowsOnlyAsAFiniteVerbIsThatVerbAndTheDeterminerBeforeItItsClitic() {
        TaggedSentence s = sentence("Boulganine", "PROPN", "leur", "DET", "reprocha", "NOUN", "une", "DET", "agression", "NOUN");
        VerbWithoutNounReading.apply(s);
        assertEquals("PRON", s.tag(1));
        assertEquals("VERB", s.tag(2));
        assertEquals("NOUN", s.tag(4));
    }

    @Test
    void aParticipleAndACapitalisedWordStayAsTagged() {
        TaggedSentence s = sentence("les", "DET", "livrés", "NOUN", "Reprocha", "NOUN");
        s.morphs().set(2, MORPHS.get("reprocha"));
        VerbWithoutNounReading.apply(s);
        assertEquals("DET", s.tag(0));
        assertEquals("NOUN", s.tag(1));
        assertEquals("NOUN", s.tag(2));
    }

    @Test
    void aNounWithAVerbReadingBeforeAMannerAdverbIsThatVerbUnlessAnArticleOpensIt() {
        TaggedSentence s = sentence("Moscou", "PROPN", "choisit", "VERB", "son", "DET", "camp", "NOUN", "et", "CCONJ",
                "livre", "NOUN", "massivement", "ADV", "le", "DET", "livre", "NOUN", "rapidement", "ADV");
        VerbWithoutNounReading.apply(s);
        assertEquals("VERB", s.tag(5));
        assertEquals("livrer", s.morphs().get(5).lemma());
        assertEquals("NOUN", s.tag(8));
        assertEquals("NOUN", s.tag(3));
    }

    @Test
    void anAdverbTheDictionaryKnowsOnlyAsAFiniteVerbIsThatVerb() {
        TaggedSentence s = sentence("Londres", "PROPN", "arment", "ADV", "nos", "DET", "forces", "NOUN", "rapidement", "ADV");
        VerbWithoutNounReading.apply(s);
        assertEquals("VERB", s.tag(1));
        assertEquals("DET", s.tag(2));
        assertEquals("ADV", s.tag(4));
    }
}
