package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Les Pays-Bas avaient vu Pékin les accuser de trahison »: after « voir », « entendre » or « laisser », the parser
 * hangs the bare infinitive on the object as a clause of that noun. The infinitive is the verb's complement, and its
 * subject is the object (extract/ArgumentFinder, object control).
 */
final class InfinitiveOfPerceivedObject {
    private static final Set<String> PERCEPTION_VERBS = FrenchWords.list("perception-verb");

    private InfinitiveOfPerceivedObject() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord object = e.getGovernor();
            IndexedWord infinitive = e.getDependent();
            SemanticGraphEdge in = Syntax.parentEdge(g, object);
            if (e.getRelation().toString().equals("acl") && "VERB".equals(infinitive.tag()) && Morph.of(infinitive).infinitive()
                    && Syntax.child(g, infinitive, "mark") == null && Syntax.child(g, infinitive, "case") == null
                    && in != null && in.getRelation().toString().equals("obj") && object.index() < infinitive.index()
                    && PERCEPTION_VERBS.contains(Morph.lemma(in.getGovernor()))) {
                ParseRepairs.move(g, e, in.getGovernor(), "xcomp");
            }
        }
    }
}
