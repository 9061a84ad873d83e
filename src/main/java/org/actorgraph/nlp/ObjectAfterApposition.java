package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « le Koweït signe avec Rosvooruzheniye, l'exportateur d'État russe, un contrat portant sur des BMP-3 »: the parser
 * makes the object that follows an apposition set off by commas a conjunct of the apposition. Without a conjunction
 * it is no conjunct: it is the object of the verb the apposed complement hangs on, when that verb has none.
 */
final class ObjectAfterApposition {
    private ObjectAfterApposition() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord apposed = e.getGovernor();
            IndexedWord object = e.getDependent();
            SemanticGraphEdge appos = Syntax.parentEdge(g, apposed);
            SemanticGraphEdge complement = appos == null ? null : Syntax.parentEdge(g, appos.getGovernor());
            if (!e.getRelation().toString().equals("conj") || !"NOUN".equals(object.tag()) || Syntax.child(g, object, "cc") != null
                    || !articleAfterComma(g, object)
                    || appos == null || !appos.getRelation().toString().equals("appos") || complement == null
                    || !complement.getRelation().toString().startsWith("obl") || !"VERB".equals(complement.getGovernor().tag())
                    || Syntax.child(g, complement.getGovernor(), "obj") != null) {
                continue;
            }
            ParseRepairs.move(g, e, complement.getGovernor(), "obj");
        }
        apposedObject(g);
    }

    /**
     * « l'Algérie conclut avec Rosoboronexport, l'exportateur d'État russe, un contrat … »: or it makes the apposition
     * the verb's object and the object the apposition's. The noun after the complement's comma describes the
     * complement; the noun after the next comma is the object.
     */
    private static void apposedObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord apposed = e.getDependent();
            IndexedWord det = Syntax.child(g, apposed, "det");
            IndexedWord name = det == null ? null : g.getNodeByIndexSafe(det.index() - 2);
            SemanticGraphEdge nameIn = name == null ? null : Syntax.parentEdge(g, name);
            if (nameIn == null || !e.getRelation().toString().equals("obj") || !"VERB".equals(verb.tag()) || !"NOUN".equals(apposed.tag())
                    || !articleAfterComma(g, apposed) || !"PROPN".equals(name.tag())
                    || !nameIn.getGovernor().equals(verb) || !nameIn.getRelation().toString().startsWith("obl")) {
                continue;
            }
            SemanticGraphEdge object = g.outgoingEdgeList(apposed).stream()
                    .filter(o -> o.getRelation().toString().matches("appos|conj") && "NOUN".equals(o.getDependent().tag())
                            && Syntax.child(g, o.getDependent(), "cc") == null && articleAfterComma(g, o.getDependent()))
                    .findFirst().orElse(null);
            if (object != null) {
                ParseRepairs.move(g, object, verb, "obj");
                ParseRepairs.move(g, e, name, "appos");
            }
        }
    }

    /** A noun whose article comes right after a comma (« , un contrat »). */
    private static boolean articleAfterComma(SemanticGraph g, IndexedWord noun) {
        IndexedWord det = Syntax.child(g, noun, "det");
        return det != null && Syntax.precededBy(g, det.index(), ",");
    }
}
