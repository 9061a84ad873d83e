package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: relative clauses on a copula. « Erevan, dont Moscou fut pendant trois décennies le fournisseur, reproche à la
 * Russie … ». The parser runs the relative clause on into the main verb, which then has two subjects and « fut »
 * as its auxiliary. The relative clause is « dont Moscou fut le fournisseur », headed by its attribute; the verb
 * after the comma is the main clause, with the relative's antecedent as its subject.
 */
final class CopularRelative {
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> ONE_OF = Set.of("un", "une");
    private CopularRelative() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge relcl = Syntax.parentEdge(g, verb);
            List<SemanticGraphEdge> subjects = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).toList();
            SemanticGraphEdge aux = Syntax.childEdge(g, verb, "aux");
            if (!"VERB".equals(verb.tag()) || relcl == null || !relcl.getRelation().toString().equals("acl:relcl")
                    || subjects.size() != 2 || aux == null || !"être".equals(Morph.lemma(aux.getDependent()))) {
                continue;
            }
            IndexedWord subject = subjects.get(0).getDependent();
            IndexedWord attribute = subjects.get(1).getDependent();
            IndexedWord copula = aux.getDependent();
            if (!(subject.index() < copula.index() && copula.index() < attribute.index() && attribute.index() < verb.index())
                    || !Syntax.isNoun(attribute)) {
                continue;
            }
            IndexedWord antecedent = relcl.getGovernor();
            g.removeEdge(relcl);
            g.addEdge(antecedent, attribute, relcl.getRelation(), relcl.getWeight(), false);
            g.removeEdge(subjects.get(1));
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                if (e.getDependent().index() < attribute.index()) {
                    ParseRepairs.move(g, e, attribute, e == aux ? "cop" : e.getRelation().toString());
                }
            }
            ParseRepairs.takePlace(g, antecedent, verb, null);
            g.addEdge(verb, antecedent, GrammaticalRelation.valueOf(relcl.getRelation().getLanguage(), "nsubj"), relcl.getWeight(), false);
        }
    }

    /**
     * "Alger, dont Moscou est le fournisseur historique": the parser hangs "dont" on the subject, but a proper name
     * (« l'Union soviétique » too, a capitalised noun after « dont ») takes no "de" complement; it completes the
     * attribute (the supplier of Algiers).
     */
    static void dontOfAttribute(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord subject = e.getGovernor();
            if (!e.getRelation().toString().startsWith("nmod") || !Syntax.lower(e.getDependent()).equals("dont")
                    || !"PROPN".equals(subject.tag()) && !("NOUN".equals(subject.tag()) && Character.isUpperCase(subject.word().charAt(0)))) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, subject);
            IndexedWord attribute = in == null || !in.getRelation().toString().equals("nsubj") ? null
                    : Syntax.child(g, in.getGovernor(), "cop") != null ? in.getGovernor()
                    // "dont les États-Unis demeurent les fournisseurs": a copular verb's attribute, read as its object
                    // or its open complement (« dont l'Union soviétique devint le principal fournisseur »)
                    : COPULAR.contains(Morph.lemma(in.getGovernor())) ? Optional.ofNullable(Syntax.child(g, in.getGovernor(), "obj"))
                            .orElse(Syntax.child(g, in.getGovernor(), "xcomp")) : null;
            if (attribute != null && ONE_OF.contains(Syntax.lower(attribute)) && Syntax.child(g, attribute, "nmod") != null) {
                // « dont la France devient l'un des principaux fournisseurs »: one of the suppliers
                attribute = Syntax.child(g, attribute, "nmod");
            }
            if (attribute != null && Syntax.isNoun(attribute)) {
                ParseRepairs.move(g, e, attribute, "nmod");
            }
        }
    }
}
