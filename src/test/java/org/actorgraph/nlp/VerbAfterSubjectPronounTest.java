package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag repair before the parser, on tokens and readings written by hand: no model is loaded. */
class VerbAfterSubjectPronounTest {
    private static final Morph EQUIPER = new Morph("équiper", 'V', Set.of("ind", "pres", "3", "s"), Set.of("ind pres"), null, null);
    private static final Morph EQUIPE = new Morph("équipe", 'N', Set.of("f", "s"), Set.of(), EQUIPER, null);

    private static TaggedSentence sentence(String... wordsAndTags) {
        return HandTagged.sentence(Map.of("équipe", EQUIPE), wordsAndTags);
    }

    @Test
    void aNounAfterQuiAndItsCliticsThatTheDictionaryReadsAsAVerbIsThatVerb() {
        TaggedSentence s = sentence("puissance", "NOUN", ",", "PUNCT", "qui", "PRON", "lui", "PRON", "équipe", "NOUN", "l'", "DET", "armée", "NOUN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("VERB", s.tag(4));
        assertEquals("équiper", s.lemma(4));
    }

    @Test
    void aNounAfterADeterminerStaysANoun() {
        TaggedSentence s = sentence("qui", "PRON", "rejoint", "VERB", "l'", "DET", "équipe", "NOUN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("NOUN", s.tag(3));
    }

    @Test
    void aNounRightAfterANameAndBeforeAnArticleIsTheNamesVerb() {
        TaggedSentence s = sentence("l'", "DET", "Inde", "PROPN", "équipe", "NOUN", "l'", "DET", "armée", "NOUN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("VERB", s.tag(2));
    }

    @Test
    void twoNounsCoordinatedRightAfterANameAndBeforeAPrepositionAreTheNamesVerbs() {
        TaggedSentence s = sentence("Inde", "PROPN", "équipe", "NOUN", "et", "CCONJ", "équipe", "NOUN", "depuis", "ADP", "2010", "NUM");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("VERB", s.tag(1));
        assertEquals("VERB", s.tag(3));
    }

    @Test
    void aNounAfterANameBeforeAnAdjectiveStaysANoun() {
        TaggedSentence s = sentence("Inde", "PROPN", "équipe", "NOUN", "nationale", "ADJ");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("NOUN", s.tag(1));
    }

    @Test
    void aNounAfterAReflexiveSeIsAVerbAndTheSeAPronoun() {
        TaggedSentence s = sentence("l'", "DET", "armée", "NOUN", "s'", "SCONJ", "équipe", "NOUN", "en", "ADP", "Turquie", "PROPN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("VERB", s.tag(3));
        assertEquals("PRON", s.tag(2));
    }
}
