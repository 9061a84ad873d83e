package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * "les États-Unis ont à plusieurs reprises mis en cause l'Iran", "Kiev a de son côté reproché à l'Iran": with a
 * phrase between the auxiliary and the participle, the parser takes the auxiliary for the verb, the phrase for its
 * complement and the participle for a clause on that phrase. The participle is the verb; the auxiliary and the
 * phrase are its dependents, and so is everything that hung on the auxiliary.
 */
final class ParticipleAfterInsert {
    private static final Set<String> AUXILIARIES = Set.of("avoir", "être");
    /** How the parser may hang the participle beside its auxiliary, on the word above both. */
    private static final Set<String> BESIDE = Set.of("advcl", "parataxis", "conj");

    private ParticipleAfterInsert() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord aux : g.vertexListSorted()) {
            if (aux.lemma() == null || !AUXILIARIES.contains(aux.lemma()) || Syntax.child(g, aux, "obj") != null) {
                continue;
            }
            // « Luanda avait à son tour accusé … »: the participle may also hang on the auxiliary itself, or beside it on
            // the word the auxiliary hangs on
            SemanticGraphEdge up = Syntax.parentEdge(g, aux);
            SemanticGraphEdge onAux = participleOn(g, aux);
            SemanticGraphEdge besideAux = onAux != null || up == null ? onAux : participleOn(g, up.getGovernor(), BESIDE, aux);
            for (SemanticGraphEdge toPhrase : g.outgoingEdgeList(aux)) {
                IndexedWord phrase = toPhrase.getDependent();
                SemanticGraphEdge onPhrase = participleOn(g, phrase);
                SemanticGraphEdge toParticiple = onPhrase != null ? onPhrase : besideAux;
                if (toPhrase.getRelation().toString().startsWith("obl") && Syntax.phraseStart(g, phrase) == aux.index() + 1
                        && toParticiple != null && lastOfPhrase(g, phrase) == toParticiple.getDependent().index() - 1) {
                    makeHead(g, aux, toPhrase, toParticiple);
                    break;
                }
            }
        }
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
            String rel = e.getDependent().equals(toPhrase.getDependent()) ? "obl:mod" : e.getRelation().toString();
            ParseRepairs.move(g, e, participle, rel);
        }
        aux.setTag("AUX");
        String rel = aux.lemma().equals("être") ? "aux:pass" : "aux";
        g.addEdge(participle, aux, GrammaticalRelation.valueOf(toPhrase.getRelation().getLanguage(), rel), toPhrase.getWeight(), false);
    }
}
