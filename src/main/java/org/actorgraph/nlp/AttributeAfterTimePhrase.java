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
 * apposition (or, between commas, on the comma after it). The apposition is the attribute; the time phrase modifies it. "Janvier 1984 — Accusant Téhéran de …, les
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
            appos = appos != null ? appos : hungOnComma(g, phrase);
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

    /**
     * « la Suède a été pendant des décennies le fournisseur attitré de l'aviation autrichienne »: the parser may also
     * keep the copula as the head, the time phrase as its oblique and the attribute as the time phrase's apposition.
     * The attribute takes the copula's place and its dependents; the copula is its « cop ». Run once the clause has
     * its subject (after a colon, the parser may have hung « la Suède » on the noun before it).
     */
    static void attributeOnTimePhraseOfCopula(SemanticGraph g) {
        for (IndexedWord copula : new ArrayList<>(g.vertexListSorted())) {
            if (!"être".equals(Morph.lemma(copula)) || Syntax.child(g, copula, "nsubj") == null) {
                continue;
            }
            for (SemanticGraphEdge obl : new ArrayList<>(g.outgoingEdgeList(copula))) {
                IndexedWord phrase = obl.getDependent();
                SemanticGraphEdge appos = Syntax.childEdge(g, phrase, "appos");
                if (!obl.getRelation().toString().startsWith("obl") || phrase.index() < copula.index()
                        || !TIME_WORDS.contains(Morph.lemma(phrase)) || Syntax.child(g, phrase, "case") == null || appos == null
                        || !Syntax.isNoun(appos.getDependent()) || Syntax.child(g, appos.getDependent(), "det") == null) {
                    continue;
                }
                IndexedWord attribute = appos.getDependent();
                g.removeEdge(appos);
                ParseRepairs.takePlace(g, copula, attribute, null);
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(copula))) {
                    ParseRepairs.move(g, e, attribute, e.getRelation().toString());
                }
                g.addEdge(attribute, copula, VerbTakenForNoun.relation(obl, "cop"), obl.getWeight(), false);
                break;
            }
        }
    }

    /**
     * « les États-Unis sont, depuis les années 1950, le principal pourvoyeur d'armes »: with the time phrase between
     * commas, the parser may hang the attribute on the comma after it instead; that edge, or null.
     */
    private static SemanticGraphEdge hungOnComma(SemanticGraph g, IndexedWord phrase) {
        for (SemanticGraphEdge p : g.outgoingEdgeList(phrase)) {
            if (p.getRelation().toString().equals("punct") && p.getDependent().word().equals(",") && p.getDependent().index() > phrase.index()) {
                SemanticGraphEdge dep = Syntax.childEdge(g, p.getDependent(), "dep");
                if (dep != null) {
                    return dep;
                }
            }
        }
        return null;
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
