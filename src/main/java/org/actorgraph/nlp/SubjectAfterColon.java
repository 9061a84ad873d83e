package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « … d'où vient l'armée sud-coréenne : les États-Unis en restent le fournisseur historique »: the parser takes the
 * name that opens the clause after a colon for an apposition to the noun before it, and leaves the clause's verb,
 * right after it (clitics between), without a subject. The name is that verb's subject.
 */
final class SubjectAfterColon {
    private static final Set<String> CLITICS = FrenchWords.list("preverbal-clitic");

    private SubjectAfterColon() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            int start = Syntax.phraseStart(g, name);
            if (!e.getRelation().toString().matches("appos|dep|obj") || !Syntax.isNoun(name) || !Syntax.precededBy(g, start, ":")) {
                continue;
            }
            if (e.getRelation().toString().equals("obj")) {
                objectTakenForSubject(g, e);
                continue;
            }
            if (e.getRelation().toString().equals("dep")) {
                // (or a bare dependent of the clause before the colon)
                conjunctVerbAfterApposition(g, name);
                continue;
            }
            int end = Syntax.phraseEnd(g, name);
            int i = end + 1;
            while (g.getNodeByIndexSafe(i) != null && CLITICS.contains(Syntax.lower(g.getNodeByIndexSafe(i)))) {
                i++;
            }
            IndexedWord verb = g.getNodeByIndexSafe(i);
            if (verb != null && i > end + 1 && "VERB".equals(verb.tag()) && Morph.of(verb).finiteIndicative()
                    && Syntax.child(g, verb, "nsubj") == null && Syntax.child(g, verb, "nsubj:pass") == null
                    && !ParseRepairs.isBelow(g, verb, name)) {
                ParseRepairs.move(g, e, verb, "nsubj");
            } else {
                conjunctVerbAfterApposition(g, name);
            }
        }
    }

    /**
     * « Oslo s'est adressé à Séoul : les vingt-quatre obusiers K9, commandés à Hanwha, ont été livrés à la brigade
     * Nord »: the parser makes the noun that opens the clause after a colon the object of the verb before it, and the
     * clause's verb, without a subject and no « et » before it, that verb's conjunct. The noun is its subject and the
     * clause stands beside the one before the colon.
     */
    private static void objectTakenForSubject(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord before = e.getGovernor();
        IndexedWord noun = e.getDependent();
        int end = Syntax.phraseEnd(g, noun);
        for (SemanticGraphEdge down : new ArrayList<>(g.outgoingEdgeList(before))) {
            IndexedWord verb = down.getDependent();
            SemanticGraphEdge aux = Syntax.childEdge(g, verb, "aux");
            boolean finite = Morph.of(verb).finiteIndicative() || aux != null && Morph.of(aux.getDependent()).finiteIndicative();
            if (!down.getRelation().toString().matches("conj|parataxis") || !"VERB".equals(verb.tag()) || verb.index() <= end
                    || !finite || Syntax.child(g, verb, "cc") != null || Syntax.child(g, verb, "nsubj") != null
                    || Syntax.child(g, verb, "nsubj:pass") != null || Syntax.child(g, verb, "mark") != null) {
                continue;
            }
            boolean passive = Syntax.child(g, verb, "aux:pass") != null;
            ParseRepairs.move(g, e, verb, passive ? "nsubj:pass" : "nsubj");
            ParseRepairs.move(g, down, before, "parataxis");
            return;
        }
    }

    /**
     * « … sino-américaine : les Américains, principaux fournisseurs de l'armée taïwanaise, lui ont livré en 2024 des
     * HIMARS »: with a phrase set off by commas after the name, the parser makes the verb a conjunct of the name. The
     * verb takes the name's place and the name is its subject.
     */
    private static void conjunctVerbAfterApposition(SemanticGraph g, IndexedWord name) {
        IndexedWord comma = g.getNodeByIndexSafe(name.index() + 1);
        if (comma == null || !comma.word().equals(",")) {
            return;
        }
        for (SemanticGraphEdge down : g.outgoingEdgeList(name)) {
            IndexedWord verb = down.getDependent();
            if (!down.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || Syntax.child(g, verb, "cc") != null
                    || Syntax.child(g, verb, "nsubj") != null || Syntax.child(g, verb, "nsubj:pass") != null
                    || !(Morph.of(verb).finiteIndicative() || Syntax.child(g, verb, "aux") != null || Syntax.child(g, verb, "aux:pass") != null)) {
                continue;
            }
            int i = verb.index() - 1;
            while (i > name.index() && verbWord(g, g.getNodeByIndexSafe(i), verb)) {
                i--;
            }
            IndexedWord before = g.getNodeByIndexSafe(i);
            if (i == verb.index() - 1 && !Morph.of(verb).finiteIndicative() || before == null || !before.word().equals(",") || !apposed(g, name, i)) {
                continue;
            }
            ParseRepairs.promote(g, name, down, "nsubj", false);
            return;
        }
    }

    private static boolean verbWord(SemanticGraph g, IndexedWord w, IndexedWord verb) {
        SemanticGraphEdge in = w == null ? null : Syntax.parentEdge(g, w);
        return w != null && (CLITICS.contains(Syntax.lower(w))
                || in != null && in.getGovernor().equals(verb) && in.getRelation().toString().matches("aux(:pass)?|expl.*|iobj|obj|advmod"));
    }

    /** Whether every word between the name's comma and the comma at {@code end} belongs to a phrase hung on the name. */
    private static boolean apposed(SemanticGraph g, IndexedWord name, int end) {
        for (int j = name.index() + 2; j < end; j++) {
            IndexedWord w = g.getNodeByIndexSafe(j);
            SemanticGraphEdge top = Syntax.parentEdge(g, w);
            while (top != null && !top.getGovernor().equals(name)) {
                top = Syntax.parentEdge(g, top.getGovernor());
            }
            if (top == null || !top.getRelation().toString().matches("conj|appos|acl.*|nmod") || top.getDependent().index() > end) {
                return false;
            }
        }
        return end > name.index() + 2;
    }
}
