package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: a relative clause whose « que » the parser took for a conjunction, making the clause a
 * complement, an adverbial or a conjunct instead of the relative clause of the noun before it.
 */
final class RelativeTakenForComplement {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("repair-time-noun");
    private static final Set<String> NAME_PARTS = Set.of("nummod", "appos", "flat", "flat:name", "compound");

    private RelativeTakenForComplement() {}

    /**
     * NOUN > ccomp(V) > mark(que), V without object, or V > ccomp|advcl(V2) > mark(que) where "que" follows a comma
     * after a noun ("le Pakistan, que New Delhi accuse"), or NOUN > acl:relcl(V) > mark(que): acl:relcl(NOUN, V) >
     * obj(V, que).
     */
    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            boolean adverbial = e.getRelation().toString().equals("advcl");
            // "L'Inde, que l'URSS armait déjà": a relative clause whose "que" the parser took for a conjunction.
            boolean relative = e.getRelation().toString().equals("acl:relcl");
            // "Leur armée, que l'URSS équipait, s'est offert …": the parser read the relative as a conjunct of the noun.
            boolean conjunct = e.getRelation().toString().equals("conj") && Syntax.isNoun(e.getGovernor()) && Syntax.parentEdge(g, e.getGovernor()) == null;
            if (!e.getRelation().toString().equals("ccomp") && !adverbial && !relative && !conjunct) {
                continue;
            }
            SemanticGraphEdge mark = Syntax.childEdge(g, verb, "mark");
            if (mark == null || !RELATIVE_QUE.contains(Syntax.lower(mark.getDependent()))
                    || Syntax.child(g, mark.getDependent(), "fixed") != null) {
                continue;
            }
            // "avec le Maroc, qu'elle accuse de …" may come as an adverbial clause: a bare "que" opens none.
            IndexedWord noun = relative || !adverbial && !conjunct && Syntax.isNoun(e.getGovernor()) && verb.index() > e.getGovernor().index()
                    ? e.getGovernor() : nounBeforeComma(g, mark.getDependent());
            if (conjunct && !e.getGovernor().equals(noun)) {
                continue;
            }
            if (noun == null && !adverbial && Syntax.child(g, verb, "nsubj") != null) {
                // "a laissé filer des lance-roquettes AT4 que la Suède avait vendus": a common noun right before "que".
                noun = nounBefore(g, mark.getDependent());
            }
            if (noun == null) {
                continue;
            }
            SemanticGraphEdge object = Syntax.childEdge(g, verb, "obj");
            if (object != null && !TIME_NOUNS.contains(Syntax.lower(object.getDependent()))) {
                continue;
            }
            if (object != null) {
                ParseRepairs.move(g, object, verb, "obl:mod");
            }
            ParseRepairs.move(g, e, noun, "acl:relcl");
            ParseRepairs.move(g, mark, verb, "obj");
            if (conjunct) {
                MainVerbAfterRelative.apply(g, noun, verb);
            }
        }
    }

    /** The common noun whose phrase (its name, its number) ends right before "que", or null. */
    private static IndexedWord nounBefore(SemanticGraph g, IndexedWord que) {
        IndexedWord n = g.getNodeByIndexSafe(que.index() - 1);
        for (SemanticGraphEdge in = n == null ? null : Syntax.parentEdge(g, n); in != null && n.index() < que.index()
                && NAME_PARTS.contains(in.getRelation().toString()); in = Syntax.parentEdge(g, n)) {
            n = in.getGovernor();
        }
        // A name with a digit is a model's ("des AT4 que la Suède avait vendus"), not a place's or a person's.
        return n != null && ("NOUN".equals(n.tag()) || "PROPN".equals(n.tag()) && n.word().matches(".*\\d.*")) ? n : null;
    }

    /** The noun that ends the phrase before ", que", or null. */
    private static IndexedWord nounBeforeComma(SemanticGraph g, IndexedWord que) {
        IndexedWord comma = g.getNodeByIndexSafe(que.index() - 1);
        IndexedWord noun = g.getNodeByIndexSafe(que.index() - 2);
        SemanticGraphEdge adjective = noun == null || !"ADJ".equals(noun.tag()) ? null : Syntax.parentEdge(g, noun);
        if (adjective != null && adjective.getRelation().toString().equals("amod") && adjective.getGovernor().index() < noun.index()) {
            // « l'armée érythréenne, qu'il accuse »: a phrase that ends on its adjective
            noun = adjective.getGovernor();
        }
        if (comma == null || noun == null || !comma.word().equals(",") || !Syntax.isNoun(noun)) {
            return null;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        // "l'Arménie" may end in a name hung on its article or title: take the phrase's head.
        while (in != null && (in.getRelation().toString().equals("flat:name") || in.getRelation().toString().equals("flat"))) {
            noun = in.getGovernor();
            in = Syntax.parentEdge(g, noun);
        }
        return noun;
    }
}
