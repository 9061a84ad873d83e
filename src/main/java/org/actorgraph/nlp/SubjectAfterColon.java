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
            if (!e.getRelation().toString().equals("appos") || !Syntax.isNoun(name) || !Syntax.precededBy(g, start, ":")) {
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
            }
        }
    }
}
