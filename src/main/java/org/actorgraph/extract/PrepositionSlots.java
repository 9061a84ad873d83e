package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Map;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Syntax;

/** The slot a prepositional argument fills, named by its preposition (« à », « de », « auprès de », « vers »). */
final class PrepositionSlots {
    /** Nouns that head a compound preposition ("à destination de", "en provenance de"), and the slot they make. */
    private static final Map<String, String> PREPOSITION_NOUNS = Map.of("destination", "vers", "provenance", "auprès de",
            "profit", "à", "intention", "à", "attention", "à", "part", "de", "encontre", "contre", "égard", "envers");

    private PrepositionSlots() {}

    /** The slot a prepositional phrase fills: its case word(s), "auprès de", or the noun of "à destination de". */
    static String prepositionSlot(SemanticGraph g, IndexedWord d) {
        if (Syntax.lower(d).equals("dont")) {
            return "de";
        }
        StringBuilder words = new StringBuilder();
        for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
            if (!e.getRelation().toString().equals("case") || e.getDependent().index() > d.index()) {
                continue;
            }
            IndexedWord c = e.getDependent();
            String w = normalizeCase(Syntax.lower(c));
            if (words.length() > 0) {
                // "à destination", "en provenance": the noun decides below; keep the first word only.
                continue;
            }
            words.append(w);
            for (SemanticGraphEdge f : g.outgoingEdgeList(c)) {
                if (f.getRelation().toString().equals("fixed")) {
                    words.append(' ').append(normalizeCase(Syntax.lower(f.getDependent())));
                }
            }
        }
        if (words.length() == 0) {
            return null;
        }
        String noun = Syntax.lower(d);
        if (PREPOSITION_NOUNS.containsKey(noun) && Syntax.child(g, d, "nmod") != null) {
            return PREPOSITION_NOUNS.get(noun);
        }
        String slot = words.toString();
        return switch (slot) {
            case "auprès", "auprès de" -> "auprès de";
            default -> slot;
        };
    }

    /** The node that stands for a prepositional argument: the complement of "à destination de X" is X. */
    static IndexedWord target(SemanticGraph g, IndexedWord d) {
        String noun = Syntax.lower(d);
        if (PREPOSITION_NOUNS.containsKey(noun)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
                if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, e.getDependent(), FrenchWords.list("de-case"))) {
                    return e.getDependent();
                }
            }
        }
        return d;
    }

    private static String normalizeCase(String w) {
        return switch (w) {
            case "au", "aux", "à" -> "à";
            case "du", "des", "d'", "d’" -> "de";
            default -> w;
        };
    }
}
