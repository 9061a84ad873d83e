package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.actorgraph.nlp.Syntax;

/**
 * The words that can change the meaning of a trigger: the trigger, the predicates that govern it
 * (through infinitives, complement clauses, participles and relative clauses), their auxiliaries, adverbs,
 * markers and determiners, and their "depuis", "dès", "selon" and "sans" phrases. Cue lists are matched
 * against these words in sentence order.
 */
final class ClauseScope {
    private static final Set<String> CLIMB_FROM_VERB = Set.of("xcomp", "ccomp", "acl", "acl:relcl", "csubj");
    private static final Set<String> CLIMB_FROM_NOUN = Set.of("nsubj", "nsubj:pass", "obj", "nmod", "obl", "obl:arg",
            "obl:mod");
    private static final Set<String> MODIFIERS = Set.of("advmod", "aux", "aux:pass", "aux:tense", "mark", "cop", "det",
            "expl", "expl:comp");
    private static final Set<String> PHRASE_CASES = Set.of("depuis", "dès", "selon", "sans");
    private static final int MAX_CLIMB = 4;

    private final List<IndexedWord> chain = new ArrayList<>();
    private final TreeMap<Integer, String> words = new TreeMap<>();

    ClauseScope(SemanticGraph g, IndexedWord trigger) {
        IndexedWord node = trigger;
        chain.add(node);
        int nounHops = 0;
        for (int i = 0; i < MAX_CLIMB; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, node);
            if (in == null) {
                break;
            }
            String rel = in.getRelation().toString();
            boolean noun = Syntax.isNoun(node);
            // An adverbial clause is an event of its own, except a participle ("a armé X, fournissant ...").
            boolean participle = rel.equals("advcl") && Syntax.isPresentParticiple(node);
            boolean climb = noun ? CLIMB_FROM_NOUN.contains(rel) && nounHops++ < 2
                    : CLIMB_FROM_VERB.contains(rel) || participle;
            if (!climb) {
                break;
            }
            node = in.getGovernor();
            chain.add(node);
        }
        for (IndexedWord n : chain) {
            words.put(n.index(), n.word());
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (MODIFIERS.contains(rel)) {
                    words.put(d.index(), d.word());
                    for (SemanticGraphEdge f : g.outgoingEdgeList(d)) {
                        if (f.getRelation().toString().equals("fixed") || f.getRelation().toString().equals("advmod")) {
                            words.put(f.getDependent().index(), f.getDependent().word());
                        }
                    }
                } else if (Syntax.hasCaseOrMark(g, d, PHRASE_CASES)) {
                    for (IndexedWord w : g.descendants(d)) {
                        words.put(w.index(), w.word());
                    }
                }
            }
        }
    }

    List<IndexedWord> chain() {
        return chain;
    }

    /** The scope's words in sentence order, joined by spaces. */
    String text() {
        return String.join(" ", words.values()).replace('\u2019', '\'');
    }
}
