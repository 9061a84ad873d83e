package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le Foreign Office a jugé la décision « totalement inacceptable » »: after a verb of judging (french-words
 * judging-verb), an adjective in quotation marks right after the object says what the object is judged to be. The
 * parser makes it an adjective of the object; it is the verb's attribute of the object (xcomp).
 */
final class QuotedAttribute {
    private static final Set<String> JUDGING = FrenchWords.list("judging-verb");

    private QuotedAttribute() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getDependent();
            IndexedWord object = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, object);
            if (!e.getRelation().toString().equals("amod") || !"ADJ".equals(adjective.tag()) || adjective.index() < object.index()
                    || in == null || !in.getRelation().toString().equals("obj") || !JUDGING.contains(Morph.lemma(in.getGovernor()))
                    || g.outgoingEdgeList(adjective).stream().noneMatch(p -> p.getRelation().toString().equals("punct")
                            && "«".equals(p.getDependent().word()) && p.getDependent().index() < adjective.index())) {
                continue;
            }
            ParseRepairs.move(g, e, in.getGovernor(), "xcomp");
        }
    }
}
