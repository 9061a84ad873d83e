package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tag repairs for a noun spelled like a participle and a verb after an incidental phrase, read in the real dictionary. */
class ParticipleAndVerbTagRepairsTest {
    private static final Lemmatizer DICTIONARY = new Lemmatizer();

    private static TaggedSentence read(String... wordsAndTags) {
        return HandTagged.readIn(DICTIONARY, wordsAndTags);
    }

    @Test
    void aParticipleAfterItsArticleThatIsAlsoANounIsTheNounAndTheWordAfterItItsAdjective() {
        TaggedSentence s = read("Et", "CCONJ", "l'", "DET", "armée", "ADJ", "serbe", "NOUN", ",", "PUNCT", "que", "PRON");
        ParticipleTakenForNoun.apply(s, DICTIONARY);
        assertEquals("NOUN", s.tag(2));
        assertEquals("ADJ", s.tag(3));
        TaggedSentence before = read("l'", "DET", "arrivée", "VERB", "de", "ADP", "chars", "NOUN");
        ParticipleTakenForNoun.apply(before, DICTIONARY);
        assertEquals("NOUN", before.tag(1));
    }

    @Test
    void aParticipleAfterAnArticleShapedCliticStaysAParticiple() {
        TaggedSentence s = read("comme", "ADP", "elle", "PRON", "le", "DET", "fait", "VERB", "depuis", "ADP", "des", "DET", "décennies", "NOUN");
        ParticipleTakenForNoun.apply(s, DICTIONARY);
        assertEquals("VERB", s.tag(3));
    }

    @Test
    void aParticipleBeforeANounThatIsNoAdjectiveStaysAParticiple() {
        TaggedSentence s = read("un", "DET", "prétendu", "ADJ", "accord", "NOUN", "secret", "ADJ");
        ParticipleTakenForNoun.apply(s, DICTIONARY);
        assertEquals("ADJ", s.tag(1));
        assertEquals("NOUN", s.tag(2));
    }

    @Test
    void aNounReadingAfterQuiAndAnIncidentalPhraseBetweenCommasIsTheVerbBeforeItsObject() {
        TaggedSentence s = read("c'", "PRON", "est", "AUX", "la", "DET", "France", "PROPN", "qui", "PRON", ",", "PUNCT", "depuis", "ADP",
                "des", "DET", "décennies", "NOUN", ",", "PUNCT", "équipe", "NOUN", "les", "DET", "forces", "NOUN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("VERB", s.tag(10));
    }

    @Test
    void aNounAfterAnIncidentalPhraseThatNoSubjectPronounOpensStaysANoun() {
        TaggedSentence s = read("la", "DET", "ville", "NOUN", ",", "PUNCT", "depuis", "ADP", "1990", "NUM", ",", "PUNCT", "équipe", "NOUN",
                "les", "DET", "forces", "NOUN");
        VerbAfterSubjectPronoun.apply(s);
        assertEquals("NOUN", s.tag(6));
    }
}
