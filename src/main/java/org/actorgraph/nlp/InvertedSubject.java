package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « …, a-t-il déclaré, mettant en cause Moscou »: the tokenizer keeps the inverted subject with its hyphens
 * (« -t-il »), and the parser makes it an object. It is the verb's subject pronoun: it reads as « il » (its offsets in
 * the text are kept) and hangs on the verb as its subject, so that discourse resolves it like any « il ». So does one
 * the parser already made the subject (« …, raconte-t-elle »).
 */
final class InvertedSubject {
    private InvertedSubject() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord pronoun = e.getDependent();
            String subject = Syntax.invertedPronoun(pronoun.word());
            IndexedWord verb = e.getGovernor();
            boolean isSubject = e.getRelation().toString().equals("nsubj");
            if (subject == null || !"PRON".equals(pronoun.tag()) || Syntax.child(g, verb, "nsubj") != null && !isSubject
                    || !"VERB".equals(verb.tag()) && !"AUX".equals(verb.tag())) {
                continue;
            }
            pronoun.setWord(subject);
            pronoun.setValue(subject);
            if (!isSubject) {
                ParseRepairs.move(g, e, verb, "nsubj");
            }
        }
    }
}
