package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link VerbTakenForNoun}: "Washington, qui équipe l'aviation du royaume": a word after the relative "qui"
 * that the tagger took for a noun but that is also a finite verb is the relative clause's verb.
 */
final class RelativeVerb {
    private static final Set<String> RELATIVE_SUBJECTS = FrenchWords.list("relative-subject");
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");

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
                objectRelativeOfNextVerb(g, w);
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
        antecedentSubjectOf(g, antecedent, toMain);
    }

    /**
     * "Le Qatar, que la France arme depuis 1975, a commandé ...": the parser read the verb after « que » and the name
     * as part of the name, and made the name the subject of the main verb, hung on the antecedent. The verb is the
     * relative clause's, with « que » its object and the name its subject; the main verb governs the antecedent.
     */
    private static void objectRelativeOfNextVerb(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge toWord = Syntax.parentEdge(g, w);
        IndexedWord name = toWord == null ? null : toWord.getGovernor();
        SemanticGraphEdge toName = name == null ? null : Syntax.parentEdge(g, name);
        IndexedWord main = toName == null ? null : toName.getGovernor();
        SemanticGraphEdge toMain = main == null ? null : Syntax.parentEdge(g, main);
        SemanticGraphEdge toQue = main == null ? null : g.outgoingEdgeList(main).stream()
                .filter(e -> RELATIVE_QUE.contains(Syntax.lower(e.getDependent())) && e.getDependent().index() < name.index())
                .findFirst().orElse(null);
        if (toQue == null || !"compound".equals(toWord.getRelation().toString()) || w.index() != name.index() + 1
                || !"PROPN".equals(name.tag()) || !toName.getRelation().toString().equals("nsubj") || toMain == null
                || !Syntax.isNoun(toMain.getGovernor()) || main.index() < w.index() || !Character.isLowerCase(w.word().charAt(0))) {
            return;
        }
        IndexedWord antecedent = toMain.getGovernor();
        VerbTakenForNoun.retag(w);
        g.removeEdge(toWord);
        g.addEdge(antecedent, w, GrammaticalRelation.valueOf(toMain.getRelation().getLanguage(), "acl:relcl"), toMain.getWeight(), false);
        ParseRepairs.move(g, toName, w, "nsubj");
        ParseRepairs.move(g, toQue, w, "obj");
        toQue.getDependent().setTag("PRON");
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
            if (e.getDependent().index() > w.index()) {
                ParseRepairs.move(g, e, w, e.getRelation().toString().equals("nmod") ? "obl" : e.getRelation().toString());
            }
        }
        antecedentSubjectOf(g, antecedent, toMain);
    }

    /** The main verb, which the parser hung on the antecedent, heads the antecedent's place and has it as subject. */
    private static void antecedentSubjectOf(SemanticGraph g, IndexedWord antecedent, SemanticGraphEdge toMain) {
        IndexedWord main = toMain.getDependent();
        g.removeEdge(toMain);
        ParseRepairs.takePlace(g, antecedent, main, null);
        g.addEdge(main, antecedent, GrammaticalRelation.valueOf(toMain.getRelation().getLanguage(), "nsubj"), toMain.getWeight(), false);
    }
}
