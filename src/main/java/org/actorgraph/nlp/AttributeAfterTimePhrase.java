package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * "La Russie est depuis le milieu des années 2000 le fournisseur attitré de Caracas": with a time phrase between the
 * copula and the attribute, the parser makes the time phrase the attribute and hangs the real one on it as an
 * apposition. The apposition is the attribute; the time phrase modifies it. "Janvier 1984 — Accusant Téhéran de …, les
 * États-Unis inscrivent l'Iran": a present participle hung on a date is an adverbial clause of the date's verb.
 */
final class AttributeAfterTimePhrase {
    private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "punct",
            "parataxis", "advmod", "obl", "obl:mod", "advcl", "conj", "cc", "mark");

    private static final Set<String> TIME_WORDS = FrenchWords.list("time-word");

    private AttributeAfterTimePhrase() {}

    static void apply(SemanticGraph g) {
        participleOnDate(g);
        for (IndexedWord phrase : new ArrayList<>(g.vertexListSorted())) {
            if (!Syntax.isNoun(phrase) || Syntax.child(g, phrase, "cop") == null || Syntax.child(g, phrase, "case") == null) {
                continue;
            }
            SemanticGraphEdge appos = Syntax.childEdge(g, phrase, "appos");
            if (appos == null || !Syntax.isNoun(appos.getDependent()) || appos.getDependent().index() < phrase.index()
                    || Syntax.child(g, appos.getDependent(), "det") == null) {
                continue;
            }
            IndexedWord attribute = appos.getDependent();
            g.removeEdge(appos);
            ParseRepairs.takePlace(g, phrase, attribute, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(phrase))) {
                if (CLAUSE_RELATIONS.contains(e.getRelation().toString())) {
                    ParseRepairs.move(g, e, attribute, e.getRelation().toString());
                }
            }
            g.addEdge(attribute, phrase, GrammaticalRelation.valueOf(appos.getRelation().getLanguage(), "obl:mod"),
                    appos.getWeight(), false);
        }
    }

    private static void participleOnDate(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord date = e.getGovernor();
            SemanticGraphEdge up = Syntax.parentEdge(g, date);
            if (e.getRelation().toString().equals("acl") && Morph.of(e.getDependent()).presentParticiple()
                    && TIME_WORDS.contains(Morph.lemma(date)) && up != null && "VERB".equals(up.getGovernor().tag())) {
                ParseRepairs.move(g, e, up.getGovernor(), "advcl");
            }
        }
    }
}
