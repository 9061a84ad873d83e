package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Manama, a souligné M. Pryce, accuse régulièrement l'Iran »: an inserted reporting clause with its subject after
 * the verb (french-words reporting-verb). The parser makes the insert the head of the sentence, the subject before it
 * the insert's subject, and the main verb, with the reporter for subject, the insert's object. The main verb heads the
 * sentence with the phrase before the insert for subject; the insert, with the reporter for subject, hangs on it.
 */
final class ReportingInsert {
    private static final Set<String> REPORTING = FrenchWords.list("reporting-verb");

    private ReportingInsert() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord insert : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge subjectEdge = Syntax.childEdge(g, insert, "nsubj");
            if (!REPORTING.contains(Morph.lemma(insert)) || !g.getRoots().contains(insert) || subjectEdge == null
                    || subjectEdge.getDependent().index() > insert.index()) {
                continue;
            }
            IndexedWord first = Syntax.firstOfVerb(g, insert);
            SemanticGraphEdge toVerb = g.outgoingEdgeList(insert).stream()
                    .filter(e -> e.getDependent().index() > insert.index() && "VERB".equals(e.getDependent().tag())
                            && e.getRelation().toString().matches("obj|ccomp|parataxis|conj"))
                    .findFirst().orElse(null);
            if (toVerb == null || !Syntax.precededBy(g, first.index(), ",")) {
                continue;
            }
            IndexedWord verb = toVerb.getDependent();
            SemanticGraphEdge reporter = Syntax.childEdge(g, verb, "nsubj");
            if (reporter == null || reporter.getDependent().index() < insert.index()
                    || !Syntax.wordBetween(g, reporter.getDependent(), verb, Set.of(","))) {
                continue;
            }
            ParseRepairs.promote(g, insert, toVerb, "parataxis", false);
            ParseRepairs.move(g, subjectEdge, verb, "nsubj");
            ParseRepairs.move(g, reporter, insert, "nsubj");
        }
    }

    /**
     * « Washington, faut-il le rappeler, a longtemps été notre principal fournisseur »: an insert whose own subject is
     * an inverted clitic (« faut-il », « semble-t-il », « dit-on ») between a subject and its clause. The parser makes the
     * insert the head with the phrase before it for subject and the clause after it for complement. The clause heads
     * the sentence with that subject; the insert hangs on it.
     */
    static void invertedInsert(SemanticGraph g) {
        for (IndexedWord insert : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge subjectEdge = Syntax.childEdge(g, insert, "nsubj");
            IndexedWord clitic = g.getNodeByIndexSafe(insert.index() + 1);
            if (!"VERB".equals(insert.tag()) || subjectEdge == null
                    || subjectEdge.getDependent().index() > insert.index() || clitic == null
                    || !Syntax.isSubjectPronoun(clitic) && Syntax.invertedPronoun(clitic.word()) == null
                    || !Syntax.precededBy(g, Syntax.firstOfVerb(g, insert).index(), ",")) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, insert);
            if (in != null) {
                // (« Le Japon, semble-t-il, a livré des patrouilleurs »: or the insert hangs on the clause after it,
                // which took its object for subject)
                IndexedWord clause = in.getGovernor();
                SemanticGraphEdge wrongSubject = Syntax.childEdge(g, clause, "nsubj");
                if (clause.index() > clitic.index() && "VERB".equals(clause.tag())
                        && Syntax.precededBy(g, Syntax.firstOfVerb(g, clause).index(), ",")
                        && (wrongSubject == null || wrongSubject.getDependent().index() > clause.index())) {
                    if (wrongSubject != null) {
                        ParseRepairs.move(g, wrongSubject, clause, "obj");
                    }
                    ParseRepairs.move(g, in, clause, "parataxis");
                    ParseRepairs.move(g, subjectEdge, clause, "nsubj");
                }
                continue;
            }
            SemanticGraphEdge toClause = g.outgoingEdgeList(insert).stream()
                    .filter(e -> e.getDependent().index() > clitic.index()
                            && e.getRelation().toString().matches("obj|obl|ccomp|xcomp|advcl|parataxis|conj")
                            && Syntax.child(g, e.getDependent(), "nsubj") == null && Syntax.child(g, e.getDependent(), "case") == null
                            && ("VERB".equals(e.getDependent().tag()) || Syntax.child(g, e.getDependent(), "cop") != null)
                            && Syntax.precededBy(g, Syntax.firstOfVerb(g, e.getDependent()).index(), ","))
                    .findFirst().orElse(null);
            if (toClause == null) {
                continue;
            }
            IndexedWord clause = toClause.getDependent();
            ParseRepairs.promote(g, insert, toClause, "parataxis", false);
            ParseRepairs.move(g, subjectEdge, clause, "nsubj");
        }
    }

    /** Where an insert ends: after its reporter, or after its participle (« Les appareils, a-t-il expliqué, avaient »). */
    private static int insertEnd(SemanticGraph g, IndexedWord insert, SemanticGraphEdge reporter) {
        return Math.max(Syntax.phraseEnd(g, reporter.getDependent()), insert.index());
    }

    /**
     * « Les États-Unis, rappelle El Altiplano, ont longtemps été le principal fournisseur … »: the parser makes the insert
     * the subject of the main clause, with the phrase before it for its own subject and the reporter for its object. The
     * phrase before the insert is the main clause's subject; the insert, with the reporter for subject, hangs on it.
     */
    static void insertTakenForSubject(SemanticGraph g) {
        for (IndexedWord insert : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, insert);
            SemanticGraphEdge subjectEdge = Syntax.childEdge(g, insert, "nsubj");
            SemanticGraphEdge reporter = Syntax.childEdge(g, insert, "obj");
            if (!REPORTING.contains(Morph.lemma(insert)) || subjectEdge == null || reporter == null
                    || subjectEdge.getDependent().index() > insert.index()
                    || reporter.getDependent().index() < Syntax.firstOfVerb(g, insert).index()
                    || !Syntax.precededBy(g, Syntax.firstOfVerb(g, insert).index(), ",")
                    || !Syntax.precededBy(g, insertEnd(g, insert, reporter) + 2, ",")) {
                continue;
            }
            int after = insertEnd(g, insert, reporter) + 1;
            if (in != null && in.getRelation().toString().equals("nsubj") && in.getGovernor().index() > after) {
                IndexedWord clause = in.getGovernor();
                ParseRepairs.move(g, in, clause, "parataxis");
                ParseRepairs.move(g, subjectEdge, clause, "nsubj");
                ParseRepairs.move(g, reporter, insert, "nsubj");
                continue;
            }
            // (« …, rappelle le quotidien, ont longtemps été le principal fournisseur »: or the insert heads the
            // sentence, with the main clause after the reporter for its adverbial)
            SemanticGraphEdge toClause = in != null ? null : g.outgoingEdgeList(insert).stream()
                    .filter(e -> e.getDependent().index() > after && e.getRelation().toString().matches("advcl|ccomp|parataxis|conj")
                            && ("VERB".equals(e.getDependent().tag()) || Syntax.child(g, e.getDependent(), "cop") != null)
                            && Syntax.firstOfVerb(g, e.getDependent()).index() == after + 1)
                    .findFirst().orElse(null);
            if (toClause != null) {
                IndexedWord clause = toClause.getDependent();
                ParseRepairs.promote(g, insert, toClause, "parataxis", false);
                ParseRepairs.move(g, subjectEdge, clause, "nsubj");
                ParseRepairs.move(g, reporter, insert, "nsubj");
            }
        }
    }

    /**
     * « c'est bien Washington, souligne un hebdomadaire, qui a longtemps équipé l'armée tunisienne »: a reporting
     * insert inside a cleft. The parser makes the insert the head, the cleft's focus its subject, and hangs the cleft's
     * relative clause on the reporter. The focus heads the sentence again with its relative; the insert, with the
     * reporter for subject, hangs on it.
     */
    static void cleftAroundInsert(SemanticGraph g) {
        for (IndexedWord insert : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge focusEdge = Syntax.childEdge(g, insert, "nsubj");
            SemanticGraphEdge reporter = Syntax.childEdge(g, insert, "obj");
            if (!REPORTING.contains(Morph.lemma(insert)) || !g.getRoots().contains(insert) || focusEdge == null || reporter == null
                    || focusEdge.getDependent().index() > insert.index() || reporter.getDependent().index() < insert.index()
                    || !Syntax.isCleftFocus(g, focusEdge.getDependent())) {
                continue;
            }
            SemanticGraphEdge relative = Syntax.childEdge(g, reporter.getDependent(), "acl:relcl");
            IndexedWord qui = relative == null ? null : Syntax.child(g, relative.getDependent(), "nsubj");
            if (qui == null || !Syntax.lower(qui).equals("qui") || !Syntax.wordBetween(g, reporter.getDependent(), qui, Set.of(","))) {
                continue;
            }
            IndexedWord focus = focusEdge.getDependent();
            g.removeEdge(focusEdge);
            ParseRepairs.takePlace(g, insert, focus, null);
            g.addEdge(focus, insert, VerbTakenForNoun.relation(focusEdge, "parataxis"), focusEdge.getWeight(), false);
            ParseRepairs.move(g, reporter, insert, "nsubj");
            ParseRepairs.move(g, relative, focus, "acl:relcl");
        }
    }
}
