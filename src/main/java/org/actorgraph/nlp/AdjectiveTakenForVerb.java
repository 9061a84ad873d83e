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
 * So too when it was made the open complement of the verb before it, taking that verb's object: « a offert à l'armée de
 * l'air afghane ses premiers hélicoptères » (the object goes back to « offert »).
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
            boolean onNoun = e.getRelation().toString().equals("acl") && Syntax.isNoun(e.getGovernor());
            boolean onVerb = e.getRelation().toString().equals("xcomp") && "VERB".equals(e.getGovernor().tag());
            if (!(onNoun || onVerb) || !"VERB".equals(word.tag()) || INFINITIVE.matcher(lemma).matches()
                    || lemma.equals(Syntax.lower(word))
                    || before == null || !"NOUN".equals(before.tag())
                    || g.outgoingEdgeList(word).stream().anyMatch(c -> c.getRelation().toString().matches(onNoun ? "aux.*|nsubj.*|obj|mark|cop" : "aux.*|nsubj.*|mark|cop"))) {
                continue;
            }
            IndexedWord host = e.getGovernor();
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(word))) {
                String rel = c.getRelation().toString();
                ParseRepairs.move(g, c, host, onNoun && rel.startsWith("obl") ? "nmod" : rel);
            }
            word.setTag("ADJ");
            ParseRepairs.move(g, e, before, "amod");
        }
    }
}
