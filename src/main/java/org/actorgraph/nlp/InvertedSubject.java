package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « …, a-t-il déclaré, mettant en cause Moscou »: the tokenizer keeps the inverted subject with its hyphens
 * (« -t-il »), and the parser makes it an object. It is the verb's subject pronoun: it reads as « il » (its offsets in
 * the text are kept) and hangs on the verb as its subject, so that discourse resolves it like any « il ». So does one
 * the parser already made the subject (« …, raconte-t-elle »).
 */
final class InvertedSubject {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");

    private InvertedSubject() {}

    static void apply(SemanticGraph g) {
        nameAfterRelativeQue(g);
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
            // « accuse-t-il la Chine de le faire fonctionner », « menace-t-il de reprendre le canal »: what the parser hung
            // on the pronoun is the verb's object, or its infinitive complement
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(pronoun))) {
                String rel = c.getRelation().toString();
                if (rel.equals("appos") && Syntax.isNoun(c.getDependent()) && Syntax.child(g, verb, "obj") == null) {
                    ParseRepairs.move(g, c, verb, "obj");
                } else if (rel.equals("acl") && Morph.of(c.getDependent()).infinitive()) {
                    ParseRepairs.move(g, c, verb, "xcomp");
                }
            }
        }
    }

    /**
     * « C'est pourtant ce qu'a fait la Gambie le 11 novembre 2019 »: in a clause whose object is « que », a name after
     * the verb that the parser made a second object is the inverted subject; what it took for subjects before « que »
     * belong to the clause above.
     */
    private static void nameAfterRelativeQue(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (!"VERB".equals(verb.tag())) {
                continue;
            }
            IndexedWord que = g.outgoingEdgeList(verb).stream()
                    .filter(c -> c.getRelation().toString().equals("obj") && "PRON".equals(c.getDependent().tag())
                            && RELATIVE_QUE.contains(Syntax.lower(c.getDependent())) && c.getDependent().index() < verb.index())
                    .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            SemanticGraphEdge name = que == null ? null : g.outgoingEdgeList(verb).stream()
                    .filter(c -> c.getRelation().toString().equals("obj") && "PROPN".equals(c.getDependent().tag())
                            && c.getDependent().index() > verb.index())
                    .findFirst().orElse(null);
            if (name == null || g.outgoingEdgeList(verb).stream().anyMatch(c -> c.getRelation().toString().equals("nsubj")
                    && c.getDependent().index() > que.index())) {
                continue;
            }
            for (SemanticGraphEdge before : new ArrayList<>(g.outgoingEdgeList(verb))) {
                if (before.getRelation().toString().equals("nsubj") && before.getDependent().index() < que.index()) {
                    ParseRepairs.move(g, before, verb, "dep");
                }
            }
            ParseRepairs.move(g, name, verb, "nsubj");
        }
    }
}
