package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of {@link Discourse}: what a document says inside quotation marks, which may span sentences (« … Daphné. Le
 * régime a ensuite bâti sa propre industrie », raconte-t-elle), and who a quotation is attributed to. Sentences are
 * started in order ({@link #start}).
 */
final class Quotations {
    private static final Set<String> REPORTING_VERBS = FrenchWords.list("reporting-verb");
    /** The referents named inside a quotation. */
    private final Set<Referent> quoted = new HashSet<>();
    /** The sentences that open inside a quotation. */
    private final Set<Integer> openInQuotation = new HashSet<>();
    private List<CoreLabel> lastTokens = List.of();

    /** Notes whether a sentence opens inside a quotation that the one before left open. */
    void start(LinkedSentence s) {
        int index = s.parsed().index();
        if (index > 0 && quotedAt(index - 1, lastTokens, lastTokens.size() + 1)) {
            openInQuotation.add(index);
        }
        lastTokens = s.parsed().tokens();
    }

    /** Remembers which referents of a sentence, once it is recorded, stand inside a quotation. */
    void mark(LinkedSentence s, List<Referent> entities) {
        for (Referent e : entities) {
            if (e.sentence() == s.parsed().index() && quotedAt(e.sentence(), s.parsed().tokens(), e.token())) {
                quoted.add(e);
            }
        }
    }

    /** Whether a referent (recorded, or of the sentence being read) stands inside a quotation. */
    boolean inQuotation(Referent e, LinkedSentence s) {
        return quoted.contains(e) || e.sentence() == s.parsed().index() && quotedAt(e.sentence(), s.parsed().tokens(), e.token());
    }

    /** Whether a word of the sentence being read stands inside a quotation. */
    boolean inQuotation(LinkedSentence s, IndexedWord w) {
        return quotedAt(s.parsed().index(), s.parsed().tokens(), w.index());
    }

    /** « …, raconte-t-elle », « … », a-t-il affirmé: the inverted subject of a reporting verb after a quotation. */
    static boolean speakerOfQuotation(SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        if (in == null || !in.getRelation().toString().startsWith("nsubj") || !REPORTING_VERBS.contains(Morph.lemma(in.getGovernor()))
                || pronoun.index() < in.getGovernor().index()) {
            return false;
        }
        int first = Syntax.firstOfVerb(g, in.getGovernor()).index();
        return Syntax.precededBy(g, first, ",") || Syntax.precededBy(g, first, "»");
    }

    /** Whether the 1-based token of a sentence stands inside a quotation, which may have opened sentences before. */
    private boolean quotedAt(int sentence, List<CoreLabel> tokens, int token) {
        int open = openInQuotation.contains(sentence) ? 1 : 0;
        for (CoreLabel t : tokens.subList(0, Math.min(token - 1, tokens.size()))) {
            open = t.word().equals("«") ? open + 1 : t.word().equals("»") ? Math.max(0, open - 1) : open;
        }
        return open > 0;
    }
}
