package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Après Lockerbie, Washington et Londres accusèrent la Libye »: the parser reads the
 * names after the fronted phrase's comma as more items of that phrase (« En Angola, l'Union soviétique arme »). Names,
 * or nouns with their article, without a preposition, after the comma, before a verb that has no subject, are its
 * subject.
 */
final class SubjectListAfterFrontedPhrase {
    /** Relations inside a noun phrase: a noun hung by one of them is part of a list item, not an item. */
    private static final Set<String> INSIDE_PHRASE = Set.of("flat", "flat:name", "nmod", "amod", "compound", "fixed", "det", "case");

    private SubjectListAfterFrontedPhrase() {}

    static void apply(SemanticGraph g) {
        listUnderFrontedPhrase(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord phrase = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().startsWith("obl") || !"VERB".equals(verb.tag()) || phrase.index() > verb.index()
                    || Syntax.child(g, phrase, "case") == null || Syntax.child(g, verb, "nsubj") != null
                    || Syntax.child(g, verb, "nsubj:pass") != null) {
                continue;
            }
            List<SemanticGraphEdge> items = g.outgoingEdgeList(phrase).stream()
                    .filter(c -> c.getRelation().toString().equals("conj") && c.getDependent().index() < verb.index()
                            && named(g, c.getDependent()) && Syntax.child(g, c.getDependent(), "case") == null)
                    .toList();
            if (items.isEmpty() || !Syntax.precededBy(g, Syntax.phraseStart(g, items.get(0).getDependent()), ",")) {
                continue;
            }
            IndexedWord subject = items.get(0).getDependent();
            ParseRepairs.move(g, items.get(0), verb, "nsubj");
            for (SemanticGraphEdge other : items.subList(1, items.size())) {
                ParseRepairs.move(g, other, subject, "conj");
            }
        }
    }

    /** A name, or a noun with its article (« En Angola, l'Union soviétique arme »). */
    private static boolean named(SemanticGraph g, IndexedWord w) {
        return "PROPN".equals(w.tag()) || "NOUN".equals(w.tag()) && Syntax.child(g, w, "det") != null;
    }

    /**
     * « Dans une déclaration commune, Séoul, Tokyo et une cinquantaine de gouvernements condamnent … », « Dans un
     * communiqué, la France, l'Allemagne et le Royaume-Uni condamnent … »: the parser heads the sentence by the fronted
     * phrase and hangs the list of subjects and the verb anywhere under it. A prepositional phrase heads no sentence
     * that has a finite verb: the verb heads it, the phrase is its adjunct, and the names or nouns listed between the
     * phrase's comma and the verb are its subject.
     */
    private static void listUnderFrontedPhrase(SemanticGraph g) {
        IndexedWord fronted = g.getRoots().size() == 1 ? g.getFirstRoot() : null;
        if (fronted == null || !Syntax.isNoun(fronted) || Syntax.child(g, fronted, "case") == null) {
            return;
        }
        IndexedWord comma = null;
        IndexedWord verb = null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() <= fronted.index()) {
                continue;
            }
            if (comma == null) {
                if (",".equals(w.word())) {
                    comma = w;
                }
                continue;
            }
            if ("VERB".equals(w.tag()) || "AUX".equals(w.tag())) {
                verb = w;
                break;
            }
        }
        IndexedWord head = verb == null ? null : headOfAuxiliary(g, verb);
        if (head != null && finite(verb) && Syntax.child(g, head, "mark") == null
                && g.getChildren(head).stream().noneMatch(Syntax::isRelativePronoun)
                && clauseUnderFrontedPhrase(g, fronted, comma, head)) {
            return;
        }
        if (verb == null || !"VERB".equals(verb.tag()) || !finite(verb) || Syntax.child(g, verb, "mark") != null
                || g.getChildren(verb).stream().anyMatch(Syntax::isRelativePronoun)) {
            return;
        }
        List<IndexedWord> items = new ArrayList<>();
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            if (w.index() > comma.index() && w.index() < verb.index() && in != null && ("PROPN".equals(w.tag()) || "NOUN".equals(w.tag()))
                    && !INSIDE_PHRASE.contains(in.getRelation().toString())) {
                items.add(w);
            }
        }
        if (items.size() < 2 || items.stream().anyMatch(w -> Syntax.child(g, w, "case") != null)) {
            return;
        }
        headsTheSentence(g, fronted, verb);
        IndexedWord subject = items.get(0);
        ParseRepairs.move(g, Syntax.parentEdge(g, subject), verb, "nsubj");
        for (IndexedWord other : items.subList(1, items.size())) {
            ParseRepairs.move(g, Syntax.parentEdge(g, other), subject, "conj");
        }
    }

    /**
     * « Pendant des décennies, et encore lors de la guerre de 1979, l'Union soviétique a été le fournisseur … »: the
     * clause after the fronted phrase has its subject already, hung on the attribute or the verb that the auxiliary
     * serves; that word heads the sentence.
     */
    private static boolean clauseUnderFrontedPhrase(SemanticGraph g, IndexedWord fronted, IndexedWord comma, IndexedWord head) {
        IndexedWord subject = Syntax.child(g, head, "nsubj");
        SemanticGraphEdge toHead = Syntax.parentEdge(g, head);
        if (subject == null || subject.index() < comma.index() || subject.index() > head.index() || toHead == null
                || !Syntax.precededBy(g, Syntax.phraseStart(g, subject), ",")) {
            return false;
        }
        for (int i = Syntax.phraseStart(g, subject); i < head.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && !ParseRepairs.isBelow(g, w, head)) {
                return false; // « la France, l'Allemagne et le Royaume-Uni ont condamné »: a list, told apart above
            }
        }
        headsTheSentence(g, fronted, head);
        return true;
    }

    /** {@code head} heads the sentence instead of the fronted phrase, which becomes its adjunct with what follows it. */
    private static void headsTheSentence(SemanticGraph g, IndexedWord fronted, IndexedWord head) {
        SemanticGraphEdge toHead = Syntax.parentEdge(g, head);
        g.removeEdge(toHead);
        g.setRoot(head);
        g.addEdge(head, fronted, GrammaticalRelation.valueOf(toHead.getRelation().getLanguage(), "obl:mod"), toHead.getWeight(), false);
        for (SemanticGraphEdge after : new ArrayList<>(g.outgoingEdgeList(fronted))) {
            if (after.getDependent().index() > head.index()) {
                ParseRepairs.move(g, after, head, after.getRelation().toString());
            }
        }
    }

    /** What the first verb after the comma serves when it is an auxiliary or a copula (the participle, the attribute). */
    private static IndexedWord headOfAuxiliary(SemanticGraph g, IndexedWord verb) {
        if (!"AUX".equals(verb.tag())) {
            return null;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        return in != null && in.getRelation().toString().matches("aux|aux:pass|cop") ? in.getGovernor() : null;
    }

    private static boolean finite(IndexedWord verb) {
        Morph m = Morph.of(verb);
        return m.finiteIndicative() || m.reads("con pres");
    }
}
