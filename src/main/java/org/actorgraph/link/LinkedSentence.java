package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.actorgraph.nlp.ParsedSentence;

/**
 * A parsed sentence with the gazetteer mentions laid over its tokens ({@link Link} makes it), and, once
 * {@link ResolveDiscourse} has run, the document's discourse for the anaphora in it. CoreNLP's own NER
 * labels are kept beside the ones linking wrote onto the tokens.
 */
public final class LinkedSentence {
    private final ParsedSentence parsed;
    private final List<Mention> mentions;
    private final Mention[] mentionByToken;
    private final String[] corenlpNer;
    private Discourse discourse;
    private LinkedSentence previous;

    LinkedSentence(ParsedSentence parsed, List<Mention> mentions, Mention[] mentionByToken, String[] corenlpNer) {
        this.parsed = parsed;
        this.mentions = List.copyOf(mentions);
        this.mentionByToken = mentionByToken;
        this.corenlpNer = corenlpNer;
    }

    public ParsedSentence parsed() {
        return parsed;
    }

    /** The document this sentence belongs to, as far as anaphora need it; null before discourse resolution. */
    public Discourse discourse() {
        return discourse;
    }

    void attach(Discourse d) {
        this.discourse = d;
    }

    /** The sentence before this one in the document, or null for the first. */
    public LinkedSentence previous() {
        return previous;
    }

    void follow(LinkedSentence before) {
        this.previous = before;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Mention mentionAt(IndexedWord node) {
        return mentionAt(node.index());
    }

    public Mention mentionAt(int tokenIndex) {
        return tokenIndex > 0 && tokenIndex < mentionByToken.length ? mentionByToken[tokenIndex] : null;
    }

    /** The 1-based index of the mention's first token, or 0 when it starts after the last. */
    public int firstTokenOf(Mention m) {
        for (CoreLabel t : parsed.tokens()) {
            if (t.beginPosition() >= m.begin()) {
                return t.index();
            }
        }
        return 0;
    }

    public String corenlpNer(int tokenIndex) {
        return corenlpNer[tokenIndex];
    }
}
