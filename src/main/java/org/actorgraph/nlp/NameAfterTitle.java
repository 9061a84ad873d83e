package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « les propos de la ministre australienne du Développement, Concetta Fierravanti-Wells, qui reprochait … »: the parser
 * hangs the name set off by commas after an office on the verb, as a complement. The name is in apposition to the
 * office (french-words speaking-organ), whose phrase it closes; what hangs on the name goes with it.
 */
final class NameAfterTitle {
    private static final Set<String> OFFICES = FrenchWords.list("speaking-organ");
    private static final int MAX_CLIMB = 3;

    private NameAfterTitle() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().matches("xcomp|obj|obl.*|dep|appos") || !"PROPN".equals(name.tag()) || !"VERB".equals(verb.tag())
                    || name.index() < verb.index() || !Syntax.precededBy(g, name.index(), ",") || Syntax.child(g, name, "case") != null) {
                continue;
            }
            IndexedWord office = g.getNodeByIndexSafe(name.index() - 2);
            for (int i = 0; office != null && i < MAX_CLIMB && !(Syntax.isNoun(office) && OFFICES.contains(Syntax.lower(office))); i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, office);
                office = up != null && up.getRelation().toString().matches("nmod|amod|flat.*") ? up.getGovernor() : null;
            }
            if (office != null && office.index() < name.index() && ParseRepairs.isBelow(g, office, verb)) {
                ParseRepairs.move(g, e, office, "appos");
            }
        }
    }
}
