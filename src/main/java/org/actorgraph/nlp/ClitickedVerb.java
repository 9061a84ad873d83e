package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link VerbTakenForNoun}: "Les États-Unis, qui armaient les forces salvadoriennes, leur fournissaient une
 * aide militaire": the tagger takes « leur » for a determiner and the verb after it for a noun, which the parser
 * still gives a subject. A noun with a subject of its own and « leur » right before it, that can be a finite verb,
 * is that verb, and « leur » its indirect object.
 */
final class ClitickedVerb {
    private static final Set<String> OBJECT_PRONOUNS = Set.of("nous", "vous");

    private ClitickedVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge toLeur = Syntax.childEdge(g, w, "det");
            IndexedWord subject = Syntax.child(g, w, "nsubj");
            // A word with no noun reading at all ("fournissaient") is read as a verb already.
            Morph verb = Morph.of(w).category() == 'V' ? Morph.of(w) : Morph.of(w).asVerb();
            if (!"NOUN".equals(w.tag()) || toLeur == null || !"leur".equals(Syntax.lower(toLeur.getDependent()))
                    || toLeur.getDependent().index() != w.index() - 1 || subject == null || subject.index() > w.index()
                    || verb == null) {
                continue;
            }
            VerbTakenForNoun.retag(w, verb);
            toLeur.getDependent().setTag("PRON");
            ParseRepairs.move(g, toLeur, w, "iobj");
            VerbTakenForNoun.complementsOf(g, w);
        }
        afterNameAndPronoun(g);
    }

    /**
     * « Pékin nous arme depuis l'époque de Nyerere »: the parser hangs the verb read as a noun on the name before it,
     * with the object pronoun between them as its determiner. A noun with « nous » or « vous » right before it as its
     * determiner, that can be a finite verb and hangs on the root name right before that pronoun, is the verb: it heads
     * the sentence, with the name as its subject and the pronoun as its object, and takes what followed the name.
     */
    private static void afterNameAndPronoun(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord name = g.getFirstRoot();
        for (SemanticGraphEdge toNoun : new ArrayList<>(g.outgoingEdgeList(name))) {
            IndexedWord w = toNoun.getDependent();
            SemanticGraphEdge toPronoun = Syntax.childEdge(g, w, "det");
            IndexedWord pronoun = toPronoun == null ? null : toPronoun.getDependent();
            Morph verb = Morph.of(w).asVerb();
            if (!"PROPN".equals(name.tag()) || !"NOUN".equals(w.tag()) || pronoun == null || !OBJECT_PRONOUNS.contains(Syntax.lower(pronoun))
                    || pronoun.index() != w.index() - 1 || Syntax.nameEnd(g, name) != pronoun.index() - 1 || verb == null) {
                continue;
            }
            VerbTakenForNoun.retag(w, verb);
            g.removeEdge(toNoun);
            g.setRoot(w);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
                if (e.getDependent().index() > w.index()) {
                    ParseRepairs.move(g, e, w, e.getRelation().toString());
                }
            }
            g.addEdge(w, name, GrammaticalRelation.valueOf(toNoun.getRelation().getLanguage(), "nsubj"), toNoun.getWeight(), false);
            ParseRepairs.move(g, toPronoun, w, "obj");
            VerbTakenForNoun.complementsOf(g, w);
            return;
        }
    }

}
