package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « Alger a rompu ses relations avec le royaume en l'accusant d'actes hostiles »: a gerund (« en » and a present
 * participle) says how or when the verb's event happens; it never modifies a noun, though the parser hangs it on the
 * noun before it. It is an adverbial clause of that noun's verb, whose subject is then its subject.
 */
final class GerundOnNoun {
    private GerundOnNoun() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord gerund = e.getDependent();
            IndexedWord mark = Syntax.child(g, gerund, "mark");
            if (!e.getRelation().toString().equals("acl") || !Syntax.isPresentParticiple(gerund) || mark == null
                    || !"en".equals(Syntax.lower(mark)) || !Syntax.isNoun(e.getGovernor())) {
                continue;
            }
            SemanticGraphEdge up = Syntax.parentEdge(g, e.getGovernor());
            if (up != null && "VERB".equals(up.getGovernor().tag())) {
                ParseRepairs.move(g, e, up.getGovernor(), "advcl");
            }
        }
    }
}
