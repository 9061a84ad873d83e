package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « La Tanzanie, elle, était armée par la Chine », « Israël, lui, cherchait un
 * fournisseur » — a stressed pronoun between commas repeats the name before it. The parser makes the pronoun the
 * subject and hangs the name elsewhere (the root, with the clause its conjunct, or an oblique). The name is the
 * subject; the pronoun is dislocated on it. So is a common noun phrase that opens the sentence, when the clause hangs
 * on its head (« Les hélicoptères d'attaque Mi-24 du bataillon, eux, avaient été livrés »).
 */
final class DislocatedSubject {
    private static final Set<String> STRESSED = Set.of("elle", "lui", "eux", "elles");

    private DislocatedSubject() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord pronoun : g.vertexListSorted()) {
            IndexedWord name = repeatedName(g, pronoun);
            if (name == null) {
                continue;
            }
            SemanticGraphEdge toPronoun = Syntax.parentEdge(g, pronoun);
            IndexedWord clause = toPronoun.getGovernor();
            if (clause.equals(name) && "PROPN".equals(name.tag()) && Syntax.child(g, name, "case") == null
                    && verbOnPronoun(g, name, pronoun)) {
                return;
            }
            String subject = toPronoun.getRelation().toString().startsWith("nsubj") ? toPronoun.getRelation().toString() : "nsubj";
            IndexedWord noun = openingNoun(g, name);
            if (noun != null && noun.equals(g.getParent(clause)) && clause.index() > pronoun.index()) {
                // « Les hélicoptères d'attaque Mi-24 du bataillon, eux, avaient été livrés »: a noun phrase opening the
                // sentence, its clause hung on its head
                ParseRepairs.promote(g, noun, Syntax.parentEdge(g, clause), subject, false);
                ParseRepairs.move(g, toPronoun, noun, "dislocated");
                return;
            }
            if (!"PROPN".equals(name.tag()) || Syntax.child(g, name, "case") != null || clause.index() < pronoun.index()
                    || ParseRepairs.isBelow(g, clause, name) && !g.getParent(clause).equals(name)) {
                continue;
            }
            if (name.equals(g.getParent(clause))) {
                // the clause hung on the name: it takes the name's place
                ParseRepairs.promote(g, name, Syntax.parentEdge(g, clause), subject, false);
            } else if (clause.equals(g.getParent(name))) {
                ParseRepairs.move(g, Syntax.parentEdge(g, name), clause, subject);
            } else {
                continue;
            }
            ParseRepairs.move(g, toPronoun, name, "dislocated");
            return;
        }
    }

    /**
     * « Le Paraguay, lui, mise sur le fleuve : il commande … »: the parser may hang the pronoun on the name and the verb
     * on the pronoun. The verb takes the name's place and what hung on the name after it; the name is its subject.
     */
    private static boolean verbOnPronoun(SemanticGraph g, IndexedWord name, IndexedWord pronoun) {
        SemanticGraphEdge toVerb = g.outgoingEdgeList(pronoun).stream()
                .filter(e -> "VERB".equals(e.getDependent().tag()) && e.getDependent().index() > pronoun.index()
                        && Syntax.child(g, e.getDependent(), "nsubj") == null
                        && (Morph.of(e.getDependent()).finiteIndicative() || Morph.of(e.getDependent()).conditional()))
                .findFirst().orElse(null);
        if (toVerb == null) {
            return false;
        }
        IndexedWord verb = toVerb.getDependent();
        g.removeEdge(toVerb);
        ParseRepairs.takePlace(g, name, verb, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
            if (e.getDependent().index() > verb.index()) {
                ParseRepairs.move(g, e, verb, e.getRelation().toString());
            }
        }
        g.addEdge(verb, name, VerbTakenForNoun.relation(toVerb, "nsubj"), toVerb.getWeight(), false);
        ParseRepairs.move(g, Syntax.parentEdge(g, pronoun), name, "dislocated");
        return true;
    }

    /**
     * « Pékin, lui, arme le Pakistan »: with the name the subject of the verb after the pronoun, the parser may make
     * the pronoun the name's conjunct and hang the verb's object on it; the pronoun's words go to the verb. (Run once
     * the verb is a verb: the tagger reads « arme » as a noun.)
     */
    static void conjunctOfName(SemanticGraph g) {
        for (IndexedWord pronoun : g.vertexListSorted()) {
            IndexedWord name = repeatedName(g, pronoun);
            SemanticGraphEdge toName = name == null ? null : Syntax.parentEdge(g, name);
            if (name == null || !name.equals(g.getParent(pronoun)) || !"PROPN".equals(name.tag()) || toName == null
                    || !toName.getRelation().toString().startsWith("nsubj") || toName.getGovernor().index() < pronoun.index()) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(pronoun))) {
                ParseRepairs.move(g, e, toName.getGovernor(), e.getRelation().toString());
            }
            ParseRepairs.move(g, Syntax.parentEdge(g, pronoun), name, "dislocated");
        }
    }

    /** The name a stressed pronoun between commas repeats (the head of a flat name two words before it), or null. */
    private static IndexedWord repeatedName(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord after = g.getNodeByIndexSafe(pronoun.index() + 1);
        IndexedWord name = g.getNodeByIndexSafe(pronoun.index() - 2);
        if (!STRESSED.contains(Syntax.lower(pronoun)) || !Syntax.precededBy(g, pronoun.index(), ",") || after == null
                || !",".equals(after.word()) || name == null || Syntax.parentEdge(g, pronoun) == null) {
            return null;
        }
        while (Syntax.parentEdge(g, name) != null && Syntax.parentEdge(g, name).getRelation().toString().startsWith("flat")) {
            name = Syntax.parentEdge(g, name).getGovernor();
        }
        return name;
    }

    /** The common noun with a determiner that heads the phrase ending in {@code last} and opens the sentence, or null. */
    private static IndexedWord openingNoun(SemanticGraph g, IndexedWord last) {
        IndexedWord head = last;
        SemanticGraphEdge in;
        while ((in = Syntax.parentEdge(g, head)) != null && in.getGovernor().index() < head.index()
                && in.getRelation().toString().matches("nmod|amod|appos|nummod|flat.*")) {
            head = in.getGovernor();
        }
        return "NOUN".equals(head.tag()) && Syntax.child(g, head, "det") != null && Syntax.phraseStart(g, head) == 1
                && Syntax.parentEdge(g, head) == null ? head : null;
    }
}
