package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Map;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** The slot a prepositional argument fills, named by its preposition (« à », « de », « auprès de », « vers »). */
final class PrepositionSlots {
    /**
     * Nouns that head a compound preposition ("à destination de", "en provenance de"), and the slot they make; « dans
     * le cadre de », « au titre de », « en vertu de », « par l'intermédiaire de », « par l'entremise de » an agreement
     * or a broker: « sous », as « sous contrat ».
     */
    private static final Map<String, String> PREPOSITION_NOUNS = Map.ofEntries(
            Map.entry("destination", "vers"), Map.entry("provenance", "auprès de"), Map.entry("profit", "à"),
            Map.entry("intention", "à"), Map.entry("attention", "à"), Map.entry("part", "de"),
            Map.entry("encontre", "contre"), Map.entry("égard", "envers"), Map.entry("échange", "contre"),
            Map.entry("cadre", "sous"), Map.entry("titre", "sous"), Map.entry("vertu", "sous"),
            Map.entry("intermédiaire", "sous"), Map.entry("entremise", "sous"));
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> RULE_NOUNS = FrenchWords.list("rule-noun");

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

    /** "tout comme X", "de même que X": X does the same, it is not an example of the argument before. */
    static boolean likewise(SemanticGraph g, IndexedWord d) {
        IndexedWord c = Syntax.child(g, d, "case");
        if (c == null) {
            return false;
        }
        IndexedWord before = g.getNodeByIndexSafe(c.index() - 1);
        return before != null && Syntax.lower(before).equals("tout")
                || Syntax.child(g, c, "advmod") != null && Syntax.lower(Syntax.child(g, c, "advmod")).equals("tout");
    }

    /** "Le Japon a, lui, livré des radars": a pronoun between commas stresses the subject; it is no complement. */
    static boolean emphatic(SemanticGraph g, IndexedWord d) {
        IndexedWord before = g.getNodeByIndexSafe(d.index() - 1);
        IndexedWord after = g.getNodeByIndexSafe(d.index() + 1);
        return before != null && after != null && before.word().equals(",") && after.word().equals(",");
    }

    /** "du temps de l'empereur", "de longue date": a « de » phrase that says when, not what or from whom. */
    static boolean timePhrase(IndexedWord head) {
        // Not a ruler's regime: « a reçu du régime syrien des armes » names a supplier.
        return TIME_NOUNS.contains(Morph.lemma(head)) && !RULE_NOUNS.contains(Morph.lemma(head));
    }
}
