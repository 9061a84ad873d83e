package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Part of {@link VerbTakenForNoun}: "Les États-Unis, qui armaient les forces salvadoriennes, leur fournissaient une
 * aide militaire": the tagger takes « leur » for a determiner and the verb after it for a noun, which the parser
 * still gives a subject. A noun with a subject of its own and « leur » right before it, that can be a finite verb,
 * is that verb, and « leur » its indirect object.
 */
final class ClitickedVerb {
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
    }
}
