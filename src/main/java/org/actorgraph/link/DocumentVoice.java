package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** Part of {@link Discourse}: the state a communiqué or a statement speaks for, read from its first line. */
final class DocumentVoice {
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"]+");
    private static final Set<String> SPEAKING_ORGANS = FrenchWords.list("speaking-organ");

    private DocumentVoice() {}

    /**
     * "Communiqué du ministère de la Défense de l'Ukraine – Kiev, 28 mars 2023", "Point de presse du ministère chinois
     * des Affaires étrangères": a first line that does not end like a sentence and names an organ of exactly one state gives the voice of
     * the document; its "nous" and its bare "le ministère" are that state.
     */
    static Actor of(LinkedSentence s, SemanticGraph graph, Gazetteer g, ActorResolver resolver) {
        List<CoreLabel> tokens = s.parsed().tokens();
        if (tokens.isEmpty() || SENTENCE_END.matcher(tokens.get(tokens.size() - 1).word()).matches()) {
            return null; // a heading does not end like a sentence (the tagger reads its nouns as verbs too often to ask it)
        }
        Actor found = null;
        for (IndexedWord n : graph.vertexListSorted()) {
            if (isSpeakingOrgan(n)) {
                for (ActorResolver.Resolved r : resolver.resolve(s, n, 1)) {
                    Actor state = g.accountable(r.actor());
                    if (state != null && found != null && !found.equals(state)) {
                        return null;
                    }
                    found = state != null ? state : found;
                }
            }
        }
        return found;
    }

    /** « le ministère », « le porte-parole »: a noun of an organ that speaks for its state (french-words speaking-organ). */
    static boolean isSpeakingOrgan(IndexedWord n) {
        return Syntax.isNoun(n) && isSpeakingOrgan(Morph.lemma(n));
    }

    static boolean isSpeakingOrgan(String lemma) {
        return SPEAKING_ORGANS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
