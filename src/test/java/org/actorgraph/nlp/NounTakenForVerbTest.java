package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supplier nouns the tagger reads as verbs, on tokens written by hand: no model is loaded. */
class NounTakenForVerbTest {

    private static TaggedSentence sentence(String... wordsAndTags) {
        return HandTagged.sentence(Map.of(), wordsAndTags);
    }

    @Test
    void aSupplierNounTaggedAsAVerbIsANounAndOtherVerbsStayVerbs() {
        TaggedSentence s = sentence("Washington", "PROPN", ",", "PUNCT", "armurier", "VERB", "traditionnel", "ADJ", ",", "PUNCT",
                "arme", "VERB", "les", "DET", "fournisseurs", "VERB");
        NounTakenForVerb.apply(s);
        assertEquals("NOUN", s.tag(2));
        assertEquals("VERB", s.tag(5));
        assertEquals("NOUN", s.tag(7));
    }
}
