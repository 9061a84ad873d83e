package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Part of {@link ParseRepairs}: « a dénoncé une attaque « lâche et démesurée » de l'armée bélizéenne » — the parser
 * reads the quoted adjective after a noun as a verb (« lâcher ») whose subject is the noun, and hangs that verb where
 * the noun belongs. The quoted word qualifies the noun: the noun takes the verb's place, the word becomes its
 * adjective, and the complements after the closing quote are the noun's.
 */
final class QuotedQualifier {
    private QuotedQualifier() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord word : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord quote = g.getNodeByIndexSafe(word.index() - 1);
            IndexedWord noun = g.getNodeByIndexSafe(word.index() - 2);
            SemanticGraphEdge in = Syntax.parentEdge(g, word);
            if (!"VERB".equals(word.tag()) || quote == null || !"«".equals(quote.word()) || noun == null || !"NOUN".equals(noun.tag())
                    || in == null || !word.equals(g.getParent(noun)) || !Syntax.parentEdge(g, noun).getRelation().toString().startsWith("nsubj")
                    || Syntax.child(g, word, "aux") != null || Syntax.child(g, word, "obj") != null) {
                continue;
            }
            int close = closingQuote(g, word);
            if (close < 0) {
                continue;
            }
            ParseRepairs.move(g, Syntax.parentEdge(g, noun), in.getGovernor(), in.getRelation().toString());
            ParseRepairs.move(g, in, noun, "amod");
            word.setTag("ADJ");
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(word))) {
                if (e.getDependent().index() > close && !e.getRelation().toString().equals("punct")) {
                    boolean complement = Syntax.child(g, e.getDependent(), "case") != null;
                    ParseRepairs.move(g, e, complement ? noun : in.getGovernor(), complement ? "nmod" : e.getRelation().toString());
                }
            }
        }
    }

    /** The index of the « » » that closes the quotation opened right before {@code word}, within a few words; or -1. */
    private static int closingQuote(SemanticGraph g, IndexedWord word) {
        for (int i = word.index() + 1; i <= word.index() + 4; i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || "«".equals(w.word())) {
                return -1;
            }
            if ("»".equals(w.word())) {
                return i;
            }
        }
        return -1;
    }
}
