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
 * subject; the pronoun is dislocated on it.
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
            if (!"PROPN".equals(name.tag()) || Syntax.child(g, name, "case") != null || clause.index() < pronoun.index()
                    || ParseRepairs.isBelow(g, clause, name) && !g.getParent(clause).equals(name)) {
                continue;
            }
            String subject = toPronoun.getRelation().toString().startsWith("nsubj") ? toPronoun.getRelation().toString() : "nsubj";
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
}
