package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A tagged sentence written by hand for the tests of the tag repairs: words, their tags, and some words' readings. */
final class HandTagged {
    /** The reading of a word the test gives none: no lemma, no category. */
    static final Morph NO_READING = new Morph(null, 'X', Set.of(), Set.of(), null, null);

    private HandTagged() {}

    static TaggedSentence sentence(Map<String, Morph> readings, String... wordsAndTags) {
        List<CoreLabel> tokens = new ArrayList<>();
        List<Morph> morphs = new ArrayList<>();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            CoreLabel t = new CoreLabel();
            t.setWord(wordsAndTags[i]);
            t.setTag(wordsAndTags[i + 1]);
            tokens.add(t);
            morphs.add(readings.getOrDefault(wordsAndTags[i], NO_READING));
        }
        return new TaggedSentence(0, 0, 0, tokens, morphs);
    }

    /** Tokens written by hand, each read in the dictionary under its tag. */
    static TaggedSentence readIn(Lemmatizer dictionary, String... wordsAndTags) {
        TaggedSentence s = sentence(Map.of(), wordsAndTags);
        for (int i = 0; i < s.size(); i++) {
            s.morphs().set(i, dictionary.analyze(s.word(i), s.tag(i)));
        }
        return s;
    }
}
