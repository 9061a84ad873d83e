package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « l'URSS est le fournisseur attitré de l'Égypte, et l'expulsion des conseillers n'a pas
 * tari le flux »: the parser makes the first clause (an attribute with its own subject and copula) the subject of the
 * second verb, and the second subject a conjunct of the attribute. An attribute with a subject and a copula is a
 * clause, not a subject: it takes the verb's place, the verb becomes its conjunct, and the noun after « et » the
 * verb's subject.
 */
final class CopularClauseTakenForSubject {
    private static final Set<String> DISLOCATING = Set.of("c'", "c’", "ce", "cela", "ça");
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

    /**
     * « Washington était le principal fournisseur de l'armée indonésienne, dont les avions d'attaque OV-10, livrés peu
     * après, furent engagés contre la résistance »: the parser makes the attribute (with its own subject and copula)
     * the subject of the verb of the « dont » clause after it, and that clause's subject an apposition inside the
     * attribute. The attribute is the clause; the verb heads the relative clause of the noun before « dont », whose
     * subject is the noun « dont » hangs on.
     */
    static void dontClauseAfterAttribute(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord attribute = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().startsWith("nsubj") || !"VERB".equals(verb.tag()) || attribute.index() > verb.index()
                    || Syntax.child(g, attribute, "cop") == null || Syntax.child(g, attribute, "nsubj") == null) {
                continue;
            }
            IndexedWord dont = g.descendants(attribute).stream().filter(w -> "dont".equals(Syntax.lower(w))
                    && Syntax.precededBy(g, w.index(), ",")).findFirst().orElse(null);
            SemanticGraphEdge dontIn = dont == null ? null : Syntax.parentEdge(g, dont);
            IndexedWord antecedent = dont == null ? null : nounBeforeAdjectives(g, dont.index() - 2);
            if (dontIn == null || antecedent == null || !Syntax.isNoun(antecedent) || !Syntax.isNoun(dontIn.getGovernor())
                    || Syntax.child(g, dontIn.getGovernor(), "case") != null) {
                continue;
            }
            IndexedWord subject = dontIn.getGovernor();
            SemanticGraphEdge subjectIn = Syntax.parentEdge(g, subject);
            if (subjectIn == null || subject.equals(attribute)) {
                continue;
            }
            g.removeEdge(e);
            ParseRepairs.takePlace(g, verb, attribute, null);
            g.addEdge(antecedent, verb, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "acl:relcl"), e.getWeight(), false);
            ParseRepairs.move(g, subjectIn, verb, e.getRelation().toString());
        }
    }

    /** The noun at a token or before the adjectives that end at it (« l'armée indonésienne »), or null. */
    private static IndexedWord nounBeforeAdjectives(SemanticGraph g, int token) {
        IndexedWord w = g.getNodeByIndexSafe(token);
        while (w != null && "ADJ".equals(w.tag())) {
            w = g.getNodeByIndexSafe(w.index() - 1);
        }
        return w;
    }

    /**
     * « l'Italie demeure un fournisseur d'appoint : depuis 1979, les États-Unis sont leur principal pourvoyeur »: the
     * parser may hang the clause after the colon, an attribute with its own subject and copula, on the noun before as
     * its apposition. It is a clause beside the first one; not « le fournisseur attitré de l'armée, c'est la Chine »,
     * where « c'est » names what the noun before it is.
     */
    static void clauseTakenForApposition(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord attribute = e.getDependent();
            IndexedWord subject = Syntax.child(g, attribute, "nsubj");
            if (e.getRelation().toString().equals("appos") && attribute.index() > e.getGovernor().index()
                    && Syntax.child(g, attribute, "cop") != null && subject != null && !DISLOCATING.contains(Syntax.lower(subject))) {
                ParseRepairs.move(g, e, e.getGovernor(), "parataxis");
            }
        }
    }
}
