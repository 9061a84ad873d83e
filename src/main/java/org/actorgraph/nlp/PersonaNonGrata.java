package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * « déclare l'ambassadeur serbe persona non grata, en lui reprochant … »: the parser reads the Latin « persona » as a
 * verb with the envoy for its subject, and hangs on it what the declaring clause says next. The locution is the
 * attribute of the declaring verb: the envoy is that verb's object, and the clauses after the locution are its own.
 */
final class PersonaNonGrata {
    private PersonaNonGrata() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord persona : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord non = g.getNodeByIndexSafe(persona.index() + 1);
            IndexedWord grata = g.getNodeByIndexSafe(persona.index() + 2);
            SemanticGraphEdge in = Syntax.parentEdge(g, persona);
            if (!"persona".equals(Syntax.lower(persona)) || non == null || grata == null || !"non".equals(Syntax.lower(non))
                    || !"grata".equals(Syntax.lower(grata)) || in == null || !"VERB".equals(in.getGovernor().tag())) {
                continue;
            }
            IndexedWord verb = in.getGovernor();
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(persona))) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                if (d.equals(non) || d.equals(grata)) {
                    continue;
                }
                if (rel.startsWith("nsubj") && Syntax.child(g, verb, "obj") == null) {
                    ParseRepairs.move(g, e, verb, "obj");
                } else if (d.index() > persona.index()) {
                    ParseRepairs.move(g, e, verb, rel);
                }
            }
            for (IndexedWord word : List.of(non, grata)) {
                SemanticGraphEdge up = Syntax.parentEdge(g, word);
                if (up != null && !(up.getGovernor().equals(persona) && up.getRelation().toString().equals("fixed"))) {
                    ParseRepairs.move(g, up, persona, "fixed");
                }
            }
            persona.setTag("ADJ");
            ParseRepairs.move(g, in, verb, "xcomp");
        }
    }
}
