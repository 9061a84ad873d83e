package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * "les États-Unis ont à plusieurs reprises mis en cause l'Iran", "Kiev a de son côté reproché à l'Iran", « Téhéran
 * a, lui, accusé Riyad »: with a phrase between the auxiliary and the participle (set off by commas or not), the
 * parser takes the auxiliary for the verb, the phrase for its complement and the participle for a clause on that
 * phrase. The participle is the verb; the auxiliary and the
 * phrase are its dependents, and so is everything that hung on the auxiliary.
 */
final class ParticipleAfterInsert {
    private static final Set<String> AUXILIARIES = Set.of("avoir", "être");
    /** How the parser may hang the participle beside its auxiliary, on the word above both. */
    private static final Set<String> BESIDE = Set.of("advcl", "parataxis", "conj");
    /** How the parser may hang the participle on its auxiliary. */
    private static final Set<String> ON_AUXILIARY = Set.of("acl", "parataxis");

    private ParticipleAfterInsert() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord aux : g.vertexListSorted()) {
            if (aux.lemma() == null || !AUXILIARIES.contains(aux.lemma()) || Syntax.child(g, aux, "obj") != null) {
                continue;
            }
            // « Luanda avait à son tour accusé … »: the participle may also hang on the auxiliary itself, or beside it on
            // the word the auxiliary hangs on
            SemanticGraphEdge up = Syntax.parentEdge(g, aux);
            SemanticGraphEdge onAux = participleOn(g, aux, ON_AUXILIARY, aux);
            SemanticGraphEdge besideAux = onAux != null || up == null ? onAux : participleOn(g, up.getGovernor(), BESIDE, aux);
            boolean repaired = false;
            for (SemanticGraphEdge toPhrase : g.outgoingEdgeList(aux)) {
                IndexedWord phrase = toPhrase.getDependent();
                SemanticGraphEdge onPhrase = participleOn(g, phrase);
                SemanticGraphEdge toParticiple = onPhrase != null ? onPhrase : besideAux;
                if (toPhrase.getRelation().toString().startsWith("obl") && onlyCommasBetween(g, aux.index(), Syntax.phraseStart(g, phrase))
                        && toParticiple != null && onlyCommasBetween(g, lastOfPhrase(g, phrase), toParticiple.getDependent().index())) {
                    makeHead(g, aux, toPhrase, toParticiple);
                    repaired = true;
                    break;
                }
            }
            if (!repaired && onAux != null && insertHungOnParticiple(g, aux, onAux.getDependent())) {
                makeHead(g, aux, null, onAux);
            }
        }
    }

    /**
     * « Téhéran a, lui, accusé Riyad »: the phrase between the auxiliary and the participle already hangs on the
     * participle, and only commas around it hang elsewhere.
     */
    private static boolean insertHungOnParticiple(SemanticGraph g, IndexedWord aux, IndexedWord participle) {
        boolean phrase = false;
        for (int i = aux.index() + 1; i < participle.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null) {
                return false;
            }
            if (!w.word().equals(",")) {
                if (!ParseRepairs.isBelow(g, w, participle)) {
                    return false;
                }
                phrase = true;
            }
        }
        return phrase;
    }

    /** The past participle without auxiliary that the parser hung on the phrase (or the auxiliary) as its clause, or null. */
    private static SemanticGraphEdge participleOn(SemanticGraph g, IndexedWord phrase) {
        return participleOn(g, phrase, Set.of("acl"), phrase);
    }

    private static SemanticGraphEdge participleOn(SemanticGraph g, IndexedWord head, Set<String> relations, IndexedWord after) {
        return g.outgoingEdgeList(head).stream().filter(e -> relations.contains(e.getRelation().toString())
                && Morph.of(e.getDependent()).pastParticiple() && e.getDependent().index() > after.index()
                && g.outgoingEdgeList(e.getDependent()).stream().noneMatch(c -> c.getRelation().toString().startsWith("aux")))
                .findFirst().orElse(null);
    }

    /** Whether the words strictly between two positions are commas, if any (« Téhéran a, lui, accusé Riyad »). */
    private static boolean onlyCommasBetween(SemanticGraph g, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !w.word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The last word of the phrase, the participle's clause left out. */
    private static int lastOfPhrase(SemanticGraph g, IndexedWord phrase) {
        int last = phrase.index();
        for (SemanticGraphEdge e : g.outgoingEdgeList(phrase)) {
            if (!e.getRelation().toString().equals("acl")) {
                last = Math.max(last, e.getDependent().index());
            }
        }
        return last;
    }

    private static void makeHead(SemanticGraph g, IndexedWord aux, SemanticGraphEdge toPhrase, SemanticGraphEdge toParticiple) {
        IndexedWord participle = toParticiple.getDependent();
        g.removeEdge(toParticiple);
        ParseRepairs.takePlace(g, aux, participle, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(aux))) {
            String rel = toPhrase != null && e.getDependent().equals(toPhrase.getDependent()) ? "obl:mod" : e.getRelation().toString();
            ParseRepairs.move(g, e, participle, rel);
        }
        aux.setTag("AUX");
        String rel = aux.lemma().equals("être") ? "aux:pass" : "aux";
        g.addEdge(participle, aux, GrammaticalRelation.valueOf(toParticiple.getRelation().getLanguage(), rel), toParticiple.getWeight(), false);
    }
}
