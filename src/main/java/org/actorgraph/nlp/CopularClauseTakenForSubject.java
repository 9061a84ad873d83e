package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;

/**
 * Part of {@link ParseRepairs}: « l'URSS est le fournisseur attitré de l'Égypte, et l'expulsion des conseillers n'a pas
 * tari le flux »: the parser makes the first clause (an attribute with its own subject and copula) the subject of the
 * second verb, and the second subject a conjunct of the attribute. An attribute with a subject and a copula is a
 * clause, not a subject: it takes the verb's place, the verb becomes its conjunct, and the noun after « et » the
 * verb's subject.
 */
final class CopularClauseTakenForSubject {
    private CopularClauseTakenForSubject() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord attribute = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("nsubj") || !"VERB".equals(verb.tag()) || attribute.index() > verb.index()
                    || Syntax.child(g, attribute, "cop") == null || Syntax.child(g, attribute, "nsubj") == null) {
                continue;
            }
            SemanticGraphEdge second = g.outgoingEdgeList(attribute).stream()
                    .filter(c -> c.getRelation().toString().equals("conj") && Syntax.isNoun(c.getDependent())
                            && c.getDependent().index() < verb.index() && Syntax.child(g, c.getDependent(), "cc") != null
                            && Syntax.child(g, c.getDependent(), "det") != null)
                    .reduce((a, b) -> b).orElse(null);
            if (second == null) {
                continue;
            }
            IndexedWord subject = second.getDependent();
            g.removeEdge(e);
            ParseRepairs.takePlace(g, verb, attribute, null);
            g.addEdge(attribute, verb, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "conj"), e.getWeight(), false);
            ParseRepairs.move(g, Syntax.childEdge(g, subject, "cc"), verb, "cc");
            ParseRepairs.move(g, second, verb, "nsubj");
        }
    }

    /**
     * « la Slovaquie a été le premier pays à céder des chasseurs »: the parser makes the attribute (with its own subject
     * and copula) the subject of the infinitive after it. The attribute is the clause; the infinitive, introduced by
     * « à », a clause on it.
     */
    static void infinitiveOnAttribute(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord attribute = e.getDependent();
            IndexedWord verb = e.getGovernor();
            IndexedWord mark = Syntax.child(g, verb, "mark");
            if (!e.getRelation().toString().equals("nsubj") || !"VERB".equals(verb.tag()) || attribute.index() > verb.index()
                    || mark == null || !Syntax.lower(mark).equals("à")
                    || Syntax.child(g, attribute, "cop") == null || Syntax.child(g, attribute, "nsubj") == null) {
                continue;
            }
            g.removeEdge(e);
            ParseRepairs.takePlace(g, verb, attribute, null);
            g.addEdge(attribute, verb, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "acl"), e.getWeight(), false);
        }
    }
}
