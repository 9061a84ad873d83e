package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tag repairs of round 64, on tokens written by hand and read in the real dictionary. */
class TagRepairsBeforeParseTest {
    private static final Lemmatizer DICTIONARY = new Lemmatizer();

    private static TaggedSentence read(String... wordsAndTags) {
        return HandTagged.readIn(DICTIONARY, wordsAndTags);
    }

    @Test
    void aParticipleAfterEnAndAnArticleShapedCliticIsAGerundWithItsObject() {
        TaggedSentence s = read("Managua", "PROPN", "a", "AUX", "répliqué", "VERB", "en", "ADP", "l'", "DET", "attaquant", "NOUN",
                "devant", "ADP", "la", "DET", "cour", "NOUN");
        GerundAfterClitic.apply(s, DICTIONARY);
        assertEquals("VERB", s.tag(5));
        assertEquals("PRON", s.tag(4));
    }

    @Test
    void aNounAfterAnArticleWithoutEnStaysANoun() {
        TaggedSentence s = read("l'", "DET", "attaquant", "NOUN", "a", "AUX", "fui", "VERB");
        GerundAfterClitic.apply(s, DICTIONARY);
        assertEquals("NOUN", s.tag(1));
    }

    @Test
    void aVerbFormAfterAVerbsObjectOrBeforeACoordinatedAdjectiveIsTheAdjective() {
        TaggedSentence after = read("a", "AUX", "dénoncé", "VERB", "une", "DET", "violation", "NOUN", "manifeste", "VERB", "de", "ADP",
                "la", "DET", "Charte", "NOUN");
        AdjectiveTakenForFiniteVerb.apply(after, DICTIONARY);
        assertEquals("ADJ", after.tag(4));
        TaggedSentence coordinated = read("l'", "DET", "attaque", "NOUN", "lâche", "VERB", "et", "CCONJ", "disproportionnée", "ADJ");
        AdjectiveTakenForFiniteVerb.apply(coordinated, DICTIONARY);
        assertEquals("ADJ", coordinated.tag(2));
    }

    @Test
    void aVerbAfterASubjectNounStaysAVerb() {
        TaggedSentence s = read("la", "DET", "France", "PROPN", "que", "SCONJ", "la", "DET", "crise", "NOUN", "manifeste", "VERB",
                "son", "DET", "inquiétude", "NOUN");
        AdjectiveTakenForFiniteVerb.apply(s, DICTIONARY);
        assertEquals("VERB", s.tag(5));
    }

    @Test
    void aCapitalisedWordTaggedAnAuxiliaryThatIsNoFrenchVerbIsPartOfAName() {
        TaggedSentence s = read("a", "AUX", "livré", "VERB", "six", "NUM", "Dornier", "PROPN", "Do", "AUX", "27", "NUM");
        UnknownAuxiliary.apply(s);
        assertEquals("PROPN", s.tag(4));
        assertEquals("AUX", s.tag(0));
    }

    @Test
    void aCapitalisedAdjectiveInsideASentenceIsThePeopleButNotInsideANameNorBeforeItsNoun() {
        TaggedSentence s = read("accusant", "VERB", "Australiens", "ADJ", "et", "CCONJ", "Néo-Zélandais", "ADJ", "les", "DET",
                "Émirats", "PROPN", "Arabes", "ADJ", "Unis", "ADJ", "et", "CCONJ", "la", "DET", "Première", "ADJ", "ministre", "NOUN");
        CapitalisedAdjectiveAsNoun.apply(s);
        assertEquals("NOUN", s.tag(1));
        assertEquals("NOUN", s.tag(3));
        assertEquals("ADJ", s.tag(6));
        assertEquals("ADJ", s.tag(7));
        assertEquals("ADJ", s.tag(10));
    }
}
