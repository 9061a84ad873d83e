package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ComplementRepairs}: "a continué de fournir au royaume des bombes guidées": the parser reads the
 * partitive « des » right after a complement in « à » (or « avec », « chez », « auprès de »: « a signé avec Séoul
 * des accords-cadres ») as the preposition « de les » and hangs the object on that complement ("le royaume des
 * bombes"). When the verb has no object, a common noun in lower case so hung is the verb's
 * object; a capitalised one is a name's part ("au ministère des Armées").
 */
final class PartitiveAfterDative {
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> CASES = FrenchWords.list("partitive-after-case");
    private PartitiveAfterDative() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord object = e.getDependent();
            IndexedWord holder = e.getGovernor();
            IndexedWord dative = holder;
            SemanticGraphEdge up = Syntax.parentEdge(g, dative);
            // « avec les constructeurs Naval Group et MBDA des contrats »: hung on the last name the complement lists
            // (not on a common noun in apposition, whose own complement it is: « achetés aux États-Unis, fournisseur
            // traditionnel des forces argentines »)
            while (up != null && up.getRelation().toString().matches("appos|conj|flat.*") && Syntax.isNoun(up.getGovernor())
                    && !"NOUN".equals(dative.tag())) {
                dative = up.getGovernor();
                up = Syntax.parentEdge(g, dative);
            }
            if (!e.getRelation().toString().equals("nmod") || !partitiveNoun(g, object)
                    || up == null || !up.getRelation().toString().startsWith("obl") || !"VERB".equals(up.getGovernor().tag())
                    || !complementInCase(g, dative) || !rightAfter(g, dative, object)) {
                continue;
            }
            IndexedWord verb = up.getGovernor();
            if (Syntax.child(g, verb, "obj") == null && Syntax.child(g, verb, "ccomp") == null) {
                ParseRepairs.move(g, e, verb, "obj");
                for (SemanticGraphEdge a : new ArrayList<>(g.outgoingEdgeList(holder))) {
                    if (a.getRelation().toString().equals("acl") && a.getDependent().index() > object.index()) {
                        // « avec Séoul des accords portant sur … »: what the object holds
                        ParseRepairs.move(g, a, object, "acl");
                    }
                }
            }
        }
    }

    /**
     * « Ottawa a livré à l'Arabie saoudite des centaines de blindés, et les livraisons continuent »:
     * the parser may hang the partitive it read as « de les » on a later verb instead; right after the verb's complement
     * in « à », it is that verb's object all the same.
     */
    static void onLaterVerb(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord object = e.getDependent();
            if (!e.getRelation().toString().startsWith("obl") || !partitiveNoun(g, object)) {
                continue;
            }
            for (SemanticGraphEdge d : g.edgeListSorted()) {
                IndexedWord dative = d.getDependent();
                IndexedWord verb = d.getGovernor();
                if (d.getRelation().toString().startsWith("obl") && "VERB".equals(verb.tag()) && !verb.equals(e.getGovernor())
                        && verb.index() < dative.index() && complementInCase(g, dative)
                        && rightAfter(g, dative, object) && Syntax.child(g, verb, "obj") == null && Syntax.child(g, verb, "ccomp") == null) {
                    ParseRepairs.move(g, e, verb, "obj");
                    break;
                }
            }
        }
    }

    /** A common noun in lower case after « de les » (a partitive read as a preposition), not a time noun. */
    private static boolean partitiveNoun(SemanticGraph g, IndexedWord object) {
        return "NOUN".equals(object.tag()) && Character.isLowerCase(object.word().charAt(0)) && Syntax.isPartitive(g, object)
                && !TIME_NOUNS.contains(Morph.lemma(object));
    }

    /**
     * A complement in « à » (or « avec », « chez », « auprès de »), not a time phrase (« à partir de la fin des années
     * 1960 », « à la fin des années 1970 »).
     */
    private static boolean complementInCase(SemanticGraph g, IndexedWord dative) {
        String caseWord = Syntax.caseWord(g, dative);
        return caseWord != null && CASES.contains(caseWord) && Syntax.child(g, Syntax.child(g, dative, "case"), "fixed") == null
                && !TIME_NOUNS.contains(Morph.lemma(dative));
    }

    /** Whether the partitive's « de » comes right after the complement's head or its adjective. */
    private static boolean rightAfter(SemanticGraph g, IndexedWord dative, IndexedWord object) {
        IndexedWord caseWord = Syntax.child(g, object, "case");
        return caseWord.index() == lastOfPhrase(g, dative, object.index()) + 1;
    }

    /**
     * The last word of the complement's phrase before the object: its adjectives, and the names it lists (« avec les
     * groupes Hyundai Rotem et Hanwha des contrats »).
     */
    private static int lastOfPhrase(SemanticGraph g, IndexedWord head, int before) {
        int last = head.index();
        for (SemanticGraphEdge c : g.outgoingEdgeList(head)) {
            IndexedWord d = c.getDependent();
            if (c.getRelation().toString().matches("amod|appos|flat.*|conj|cc|nummod") && d.index() > last && d.index() < before) {
                last = Math.max(last, lastOfPhrase(g, d, before));
            }
        }
        return last;
    }
}
