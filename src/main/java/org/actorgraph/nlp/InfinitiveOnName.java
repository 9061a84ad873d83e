package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « Samora Machel venait à Blantyre remettre à Banda un dossier »: the parser hangs a bare infinitive on the place name
 * before it. A name takes no bare infinitive; it is the complement of the verb the name is a complement of (« venait …
 * remettre »), whose subject it shares.
 */
final class InfinitiveOnName {
    private InfinitiveOnName() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getGovernor();
            IndexedWord infinitive = e.getDependent();
            SemanticGraphEdge nameIn = Syntax.parentEdge(g, name);
            if (e.getRelation().toString().equals("acl") && "PROPN".equals(name.tag()) && "VERB".equals(infinitive.tag())
                    && Morph.of(infinitive).infinitive() && infinitive.index() > name.index()
                    && Syntax.child(g, infinitive, "mark") == null && Syntax.child(g, infinitive, "case") == null
                    && nameIn != null && nameIn.getRelation().toString().startsWith("obl") && "VERB".equals(nameIn.getGovernor().tag())) {
                ParseRepairs.move(g, e, nameIn.getGovernor(), "xcomp");
            }
        }
    }
}
