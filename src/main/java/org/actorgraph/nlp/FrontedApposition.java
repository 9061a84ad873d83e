package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;

/**
 * "Cliente de l'industrie française depuis les Mirage 5 des années 1970, l'Égypte a reçu ...": a noun without
 * article that opens the sentence, before its first comma and the clause's verb, describes the subject after the
 * comma; the parser hangs the phrases of that description on the main verb ("depuis les Mirage 5"), where they would
 * date or qualify the verb's event. They are the opening noun's complements.
 */
final class FrontedApposition {
    private FrontedApposition() {}

    static void apply(SemanticGraph g) {
        IndexedWord first = g.getNodeByIndexSafe(1);
        SemanticGraphEdge in = first == null ? null : Syntax.parentEdge(g, first);
        IndexedWord comma = Syntax.firstComma(g);
        if (in == null || comma == null || !"NOUN".equals(first.tag()) || Syntax.child(g, first, "det") != null
                || Syntax.child(g, first, "case") != null || !"VERB".equals(in.getGovernor().tag())
                || in.getGovernor().index() < comma.index()) {
            return;
        }
        IndexedWord verb = in.getGovernor();
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
            IndexedWord d = e.getDependent();
            if (d.index() > first.index() && d.index() < comma.index() && Syntax.child(g, d, "case") != null
                    && e.getRelation().toString().startsWith("obl")) {
                ParseRepairs.move(g, e, first, "nmod");
            }
        }
    }

    /**
     * « Ancienne puissance coloniale, la France a longtemps été la principale pourvoyeuse d'armes de l'armée
     * centrafricaine »: the parser makes the opening noun without article the root and the clause after the comma
     * its conjunct. The clause (with a subject of its own) heads the sentence; the opening noun describes its subject.
     */
    static void openingNounTakenForRoot(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord noun = g.getFirstRoot();
        int start = Syntax.phraseStart(g, noun);
        if (!"NOUN".equals(noun.tag()) || start != 1 || Syntax.child(g, noun, "det") != null || Syntax.child(g, noun, "case") != null) {
            return;
        }
        SemanticGraphEdge toClause = g.outgoingEdgeList(noun).stream()
                .filter(e -> e.getRelation().toString().matches("conj|parataxis") && e.getDependent().index() > noun.index()
                        && Syntax.child(g, e.getDependent(), "cc") == null && Syntax.child(g, e.getDependent(), "nsubj") != null
                        && ("VERB".equals(e.getDependent().tag()) || Syntax.isCopularClause(g, e.getDependent())))
                .findFirst().orElse(null);
        IndexedWord clause = toClause == null ? null : toClause.getDependent();
        IndexedWord subject = clause == null ? null : Syntax.child(g, clause, "nsubj");
        IndexedWord comma = subject == null ? null : g.getNodeByIndexSafe(Syntax.phraseStart(g, subject) - 1);
        if (comma == null || !",".equals(comma.word()) || !comma.equals(Syntax.firstComma(g))) {
            return;
        }
        g.removeEdge(toClause);
        ParseRepairs.takePlace(g, noun, clause, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(noun))) {
            if (e.getDependent().index() >= comma.index()) {
                ParseRepairs.move(g, e, clause, e.getRelation().toString());
            }
        }
        g.addEdge(subject, noun, GrammaticalRelation.valueOf(toClause.getRelation().getLanguage(), "appos"),
                toClause.getWeight(), false);
    }

    /**
     * « Fournisseur traditionnel de l'armée arménienne depuis l'indépendance, la Russie s'est vu reprocher … »: the
     * parser may hang the opening noun without article on the verb as its apposition. It describes the subject that
     * follows the first comma, as {@link #openingNounTakenForRoot} makes it.
     */
    static void openingNounOnVerb(SemanticGraph g) {
        IndexedWord noun = g.getNodeByIndexSafe(1);
        SemanticGraphEdge in = noun == null ? null : Syntax.parentEdge(g, noun);
        if (in == null || !"NOUN".equals(noun.tag()) || !in.getRelation().toString().equals("appos") || !"VERB".equals(in.getGovernor().tag())
                || Syntax.child(g, noun, "det") != null || Syntax.child(g, noun, "case") != null) {
            return;
        }
        IndexedWord subject = Syntax.child(g, in.getGovernor(), "nsubj");
        IndexedWord comma = subject == null ? null : g.getNodeByIndexSafe(Syntax.phraseStart(g, subject) - 1);
        if (comma != null && ",".equals(comma.word()) && comma.equals(Syntax.firstComma(g))) {
            ParseRepairs.move(g, in, subject, "appos");
        }
    }
}
