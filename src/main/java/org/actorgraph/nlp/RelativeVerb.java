package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.Set;

/**
 * Part of {@link VerbTakenForNoun}: "Washington, qui équipe l'aviation du royaume": a word after the relative "qui"
 * that the tagger took for a noun but that is also a finite verb is the relative clause's verb.
 */
final class RelativeVerb {
    private static final Set<String> RELATIVE_SUBJECTS = FrenchWords.list("relative-subject");

    private RelativeVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            if (!"NOUN".equals(w.tag()) || Syntax.child(g, w, "cop") != null || Syntax.child(g, w, "det") != null
                    || Morph.of(w).asVerb() == null) {
                continue;
            }
            IndexedWord subject = Syntax.child(g, w, "nsubj");
            if (subject != null && RELATIVE_SUBJECTS.contains(Syntax.lower(subject)) && subject.index() < w.index()) {
                VerbTakenForNoun.retag(w);
                VerbTakenForNoun.complementsOf(g, w);
            } else {
                relativeOfNextVerb(g, w);
            }
        }
    }

    /**
     * "La Chine, qui équipe de longue date la Tanzanie, conserve ...": the parser made « qui » the subject of the main
     * verb and « équipe » another one (or an apposition on « qui »), and hung that verb on the antecedent as its
     * relative clause. The relative clause is « qui équipe ... », on the antecedent; the main verb governs the
     * antecedent as its subject.
     */
    private static void relativeOfNextVerb(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge toWord = Syntax.parentEdge(g, w);
        if (toWord == null) {
            return;
        }
        IndexedWord pronoun = g.getNodeByIndexSafe(w.index() - 1);
        SemanticGraphEdge toPronoun = pronoun == null ? null : Syntax.parentEdge(g, pronoun);
        IndexedWord main = toPronoun == null ? null : toPronoun.getGovernor();
        SemanticGraphEdge toMain = main == null ? null : Syntax.parentEdge(g, main);
        boolean onMainOrPronoun = toWord.getRelation().toString().equals("nsubj") && toWord.getGovernor().equals(main)
                || toWord.getGovernor().equals(pronoun);
        if (!onMainOrPronoun || !RELATIVE_SUBJECTS.contains(Syntax.lower(pronoun)) || !toPronoun.getRelation().toString().equals("nsubj")
                || toMain == null || !toMain.getRelation().toString().equals("acl:relcl") || main.index() < w.index()) {
            return;
        }
        IndexedWord antecedent = toMain.getGovernor();
        VerbTakenForNoun.retag(w);
        ParseRepairs.move(g, toPronoun, w, "nsubj");
        ParseRepairs.move(g, toWord, antecedent, "acl:relcl");
        VerbTakenForNoun.complementsOf(g, w);
        SemanticGraphEdge toAntecedent = Syntax.parentEdge(g, antecedent);
        g.removeEdge(toMain);
        if (toAntecedent == null) {
            g.setRoot(main);
        } else {
            g.removeEdge(toAntecedent);
            g.addEdge(toAntecedent.getGovernor(), main, toAntecedent.getRelation(), toAntecedent.getWeight(), false);
        }
        g.addEdge(main, antecedent, GrammaticalRelation.valueOf(toMain.getRelation().getLanguage(), "nsubj"), toMain.getWeight(), false);
    }
}
