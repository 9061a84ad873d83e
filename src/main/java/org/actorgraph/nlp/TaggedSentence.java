package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * One sentence after tagging and NER, before the parser: its tokens with their part-of-speech tags and NER labels, and
 * the lemma and morphology each token will carry ({@link Lemmatizer}; set on the tokens only after the parser, as
 * before). What the parse gate reads to decide whether the sentence is worth parsing.
 */
public record TaggedSentence(int index, int begin, int end, List<CoreLabel> tokens, List<Morph> morphs) {

    /** The lemma of the i-th token (0-based), as the rules will read it ({@link Morph#lemma(edu.stanford.nlp.ling.IndexedWord)}). */
    public String lemma(int i) {
        return morphs.get(i).lemmaOf(tokens.get(i).word());
    }

    /**
     * The lemma the i-th token (0-based) will carry once the parser has run ({@link Lemmatizer#set}): the dictionary's,
     * else whatever CoreNLP gave it (null if none). What a reader of the tokens' lemmas in stage "link" will see.
     */
    public String tokenLemma(int i) {
        String lemma = morphs.get(i).lemma();
        return lemma != null ? lemma : tokens.get(i).lemma();
    }

    /** The universal part-of-speech tag of the i-th token (0-based). */
    public String tag(int i) {
        return tokens.get(i).tag();
    }

    public String word(int i) {
        return tokens.get(i).word();
    }

    public int size() {
        return tokens.size();
    }

    /** Whether the sentence is short enough for the parser ({@link FrenchPipeline#MAX_SENTENCE_TOKENS}). */
    public boolean parseable() {
        return tokens.size() <= FrenchPipeline.MAX_SENTENCE_TOKENS;
    }
}
