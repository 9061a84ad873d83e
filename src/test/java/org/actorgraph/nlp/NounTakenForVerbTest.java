package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The supplier nouns the tagger reads as verbs, on tokens written by hand: no model is loaded. */
class NounTakenForVerbTest {

    private static TaggedSentence sentence(String... wordsAndTags) {
        List<CoreLabel> tokens = new ArrayList<>();
        List<Morph> morphs = new ArrayList<>();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            CoreLabel t = new CoreLabel();
            t.setWord(wordsAndTags[i]);
            t.setTag(wordsAndTags[i + 1]);
            tokens.add(t);
            morphs.add(new Morph(null, 'X', Set.of(), Set.of(), null, null));
        }
        return new TaggedSentence(0, 0, 0, tokens, morphs);
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
