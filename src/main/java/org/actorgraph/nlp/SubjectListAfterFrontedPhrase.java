package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * Part of {@link ParseRepairs}: « Après Lockerbie, Washington et Londres accusèrent la Libye »: the parser reads the
 * names after the fronted phrase's comma as more items of that phrase (« En Angola, l'Union soviétique arme »). Names,
 * or nouns with their article, without a preposition, after the comma, before a verb that has no subject, are its
 * subject.
 */
final class SubjectListAfterFrontedPhrase {
    private SubjectListAfterFrontedPhrase() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord phrase = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().startsWith("obl") || !"VERB".equals(verb.tag()) || phrase.index() > verb.index()
                    || Syntax.child(g, phrase, "case") == null || Syntax.child(g, verb, "nsubj") != null
                    || Syntax.child(g, verb, "nsubj:pass") != null) {
                continue;
            }
            List<SemanticGraphEdge> items = g.outgoingEdgeList(phrase).stream()
                    .filter(c -> c.getRelation().toString().equals("conj") && c.getDependent().index() < verb.index()
                            && named(g, c.getDependent()) && Syntax.child(g, c.getDependent(), "case") == null)
                    .toList();
            if (items.isEmpty() || !Syntax.precededBy(g, Syntax.phraseStart(g, items.get(0).getDependent()), ",")) {
                continue;
            }
            IndexedWord subject = items.get(0).getDependent();
            ParseRepairs.move(g, items.get(0), verb, "nsubj");
            for (SemanticGraphEdge other : items.subList(1, items.size())) {
                ParseRepairs.move(g, other, subject, "conj");
            }
        }
    }

    /** A name, or a noun with its article (« En Angola, l'Union soviétique arme »). */
    private static boolean named(SemanticGraph g, IndexedWord w) {
        return "PROPN".equals(w.tag()) || "NOUN".equals(w.tag()) && Syntax.child(g, w, "det") != null;
    }
}
