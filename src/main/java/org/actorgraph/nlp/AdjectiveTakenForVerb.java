package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * « dénoncer l'intrusion de quatre chasseurs bahreïnis dans son espace aérien »: the tagger may read an adjective (a
 * demonym in « -is ») as a participle and the parser hang it on the noun above as a clause. A verb whose lemma is no
 * French infinitive is no verb: it qualifies the noun right before it, and its phrases go back to the noun it hung on.
 */
final class AdjectiveTakenForVerb {
    private static final Pattern INFINITIVE = Pattern.compile(".*(er|ir|re)$");

    private AdjectiveTakenForVerb() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord word = e.getDependent();
            IndexedWord before = g.getNodeByIndexSafe(word.index() - 1);
            // (a lemma the lemmatizer found, not the word itself: an unknown verb form keeps its word as lemma)
            String lemma = Morph.lemma(word);
            if (!e.getRelation().toString().equals("acl") || !"VERB".equals(word.tag()) || INFINITIVE.matcher(lemma).matches()
                    || lemma.equals(Syntax.lower(word))
                    || !Syntax.isNoun(e.getGovernor()) || before == null || !"NOUN".equals(before.tag())
                    || g.outgoingEdgeList(word).stream().anyMatch(c -> c.getRelation().toString().matches("aux.*|nsubj.*|obj|mark|cop"))) {
                continue;
            }
            IndexedWord noun = e.getGovernor();
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(word))) {
                ParseRepairs.move(g, c, noun, c.getRelation().toString().startsWith("obl") ? "nmod" : c.getRelation().toString());
            }
            word.setTag("ADJ");
            ParseRepairs.move(g, e, before, "amod");
        }
    }
}
