package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Pékin, rappelle le journal, est … le principal fournisseur d'armes du pays », « À
 * cette époque, rappellent-ils, la France et la RFA furent les principaux fournisseurs de Lisbonne »: a reporting verb
 * with its subject after it, between commas, inside the clause it reports. The parser makes it the head of the
 * sentence, the reported clause a complement, and the clause's subject the reporting verb's. The reported clause heads
 * the sentence and the aside hangs on it; what came before the aside is the clause's (its subject too: the words after
 * the reporting verb are the aside's own subject). A subject the parser split in two across the aside (« la France »
 * taken as a conjunct of the reporting verb, « et la RFA » as the clause's subject) is one coordination again.
 */
final class IncisedReportingVerb {
    private static final Set<String> REPORTING = FrenchWords.list("reporting-verb");

    private IncisedReportingVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.getRoots())) {
            if (!"VERB".equals(verb.tag()) || !REPORTING.contains(Morph.lemma(verb)) || !Syntax.precededBy(g, verb.index(), ",")) {
                continue;
            }
            SemanticGraphEdge own = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getDependent().index() > verb.index() && e.getRelation().toString().matches("nsubj|obj")
                            && Syntax.phraseStart(g, e.getDependent()) == verb.index() + 1)
                    .findFirst().orElse(null);
            IndexedWord comma = own == null ? null : g.getNodeByIndexSafe(Syntax.phraseEnd(g, own.getDependent()) + 1);
            if (comma == null || !comma.word().equals(",")) {
                continue;
            }
            SemanticGraphEdge toClause = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getDependent().index() > comma.index() && Syntax.phraseStart(g, e.getDependent()) > comma.index()
                            && (Syntax.child(g, e.getDependent(), "cop") != null || "VERB".equals(e.getDependent().tag())))
                    .min(Comparator.comparingInt(e -> e.getDependent().index())).orElse(null);
            boolean subjectBefore = g.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("nsubj") && e.getDependent().index() < verb.index());
            if (toClause == null || own.getRelation().toString().equals("obj") && !subjectBefore) {
                continue;
            }
            IndexedWord clause = toClause.getDependent();
            g.removeEdge(toClause);
            ParseRepairs.takePlace(g, verb, clause, null);
            g.addEdge(clause, verb, GrammaticalRelation.valueOf(toClause.getRelation().getLanguage(), "parataxis"), toClause.getWeight(), false);
            if (own.getRelation().toString().equals("obj")) {
                ParseRepairs.move(g, own, verb, "nsubj");
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                if (d.index() > verb.index() && d.index() < comma.index() || d.index() == verb.index() - 1 || d.index() == comma.index()) {
                    continue;
                }
                IndexedWord subject = Syntax.child(g, clause, "nsubj");
                if (rel.equals("nsubj")) {
                    ParseRepairs.move(g, e, clause, subject == null ? "nsubj" : "conj");
                } else if (rel.equals("conj") && Syntax.isNoun(d) && d.index() > comma.index() && subject != null && d.index() < subject.index()) {
                    SemanticGraphEdge subjectIn = Syntax.parentEdge(g, subject);
                    ParseRepairs.move(g, e, clause, "nsubj");
                    ParseRepairs.move(g, subjectIn, d, "conj");
                    IndexedWord cc = Syntax.child(g, clause, "cc");
                    if (cc != null && cc.index() > d.index() && cc.index() < subject.index()) {
                        ParseRepairs.move(g, Syntax.parentEdge(g, cc), subject, "cc");
                    }
                } else {
                    ParseRepairs.move(g, e, clause, rel);
                }
            }
        }
    }
}
