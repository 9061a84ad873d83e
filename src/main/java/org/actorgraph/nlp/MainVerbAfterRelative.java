package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Leur armée, que l'Union soviétique équipait déjà, s'est offert en 2011 des Su-30 »: once the relative clause is
 * back on its noun, the verb the parser made its conjunct (after a comma, with no subject of its own) is the main verb
 * and the noun, which the parser made the root, its subject.
 */
final class MainVerbAfterRelative {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");

    private MainVerbAfterRelative() {}

    private static boolean subjectBefore(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() < verb.index());
    }

    /**
     * « la Corée du Nord, avec laquelle le régime entretient des relations étroites, offre en 1979 … »: the parser
     * makes the main verb after the relative clause's closing comma the object of the clause's verb, and the clause's
     * object that verb's subject. The noun phrase before the comma is the clause's object; the verb after it is the
     * main verb, in the place of the noun the clause is on, which is its subject.
     */
    static void mainVerbTakenForObject(SemanticGraph g) {
        for (SemanticGraphEdge toRelative : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = toRelative.getGovernor();
            IndexedWord relative = toRelative.getDependent();
            if (!toRelative.getRelation().toString().equals("acl:relcl")
                    || g.getChildren(relative).stream().noneMatch(c -> Syntax.isRelativePronoun(c) && c.index() < relative.index())) {
                continue;
            }
            SemanticGraphEdge toMain = g.outgoingEdgeList(relative).stream()
                    .filter(e -> e.getRelation().toString().matches("obj|ccomp|conj") && "VERB".equals(e.getDependent().tag())
                            && e.getDependent().index() > relative.index())
                    .findFirst().orElse(null);
            IndexedWord main = toMain == null ? null : toMain.getDependent();
            if (main != null && toMain.getRelation().toString().equals("conj")) {
                if (conjunctTakenForRelative(g, noun, toMain)) {
                    return;
                }
                continue;
            }
            SemanticGraphEdge toSubject = main == null ? null : Syntax.childEdge(g, main, "nsubj");
            if (toSubject == null || toSubject.getDependent().index() < relative.index() || Syntax.child(g, main, "mark") != null
                    || g.outgoingEdgeList(relative).stream().anyMatch(e -> e.getRelation().toString().equals("obj") && !e.equals(toMain))
                    || !Syntax.precededBy(g, main.index(), ",")
                    || Syntax.lastWordOf(g, toSubject.getDependent()) != main.index() - 2) {
                continue;
            }
            ParseRepairs.move(g, toSubject, relative, "obj");
            ParseRepairs.move(g, toMain, noun, "dep");
            ParseRepairs.promote(g, noun, Syntax.childEdge(g, noun, "dep"), "nsubj", false);
            return;
        }
    }

    /**
     * « Le Bénin, avec lequel Paris entretient des relations suivies, reçoit en 2021 deux patrouilleurs »: after the
     * relative clause's closing comma, a verb with no subject, conjunction or subordinator of its own that the parser
     * coordinated with the clause's verb is the main verb, the noun the clause is on (the root, or a clause's conjunct)
     * its subject. Whether it was.
     */
    private static boolean conjunctTakenForRelative(SemanticGraph g, IndexedWord noun, SemanticGraphEdge toMain) {
        IndexedWord main = toMain.getDependent();
        SemanticGraphEdge toNoun = Syntax.parentEdge(g, noun);
        boolean head = toNoun == null ? g.getRoots().contains(noun) : toNoun.getRelation().toString().equals("conj");
        if (!head || Syntax.child(g, main, "nsubj") != null || Syntax.child(g, main, "cc") != null || Syntax.child(g, main, "mark") != null
                || !Syntax.precededBy(g, Syntax.phraseStart(g, main), ",")) {
            return false;
        }
        ParseRepairs.move(g, toMain, noun, "dep");
        ParseRepairs.promote(g, noun, Syntax.childEdge(g, noun, "dep"), "nsubj", false);
        return true;
    }

    /**
     * « Islamabad, que la Chine arme depuis les années 1960, absorbe … »: the parser gives « que » to the main verb,
     * makes that verb the relative clause of the root name and the relative clause's verb a parataxis of it. The verb
     * right after « que » and its subject heads the relative clause; the later one is the main verb, the name its
     * subject.
     */
    static void swapped(SemanticGraph g) {
        if (g.getRoots().size() != 1 || !Syntax.isNoun(g.getFirstRoot())) {
            return;
        }
        IndexedWord noun = g.getFirstRoot();
        for (SemanticGraphEdge toMain : g.outgoingEdgeList(noun)) {
            IndexedWord main = toMain.getDependent();
            SemanticGraphEdge toQue = Syntax.childEdge(g, main, "obj");
            IndexedWord que = toQue == null ? null : toQue.getDependent();
            if (!toMain.getRelation().toString().equals("acl:relcl") || que == null || !RELATIVE_QUE.contains(Syntax.lower(que))
                    || que.index() > main.index() || !Syntax.precededBy(g, que.index(), ",")) {
                continue;
            }
            SemanticGraphEdge toRelative = g.outgoingEdgeList(noun).stream()
                    .filter(e -> "VERB".equals(e.getDependent().tag()) && e.getDependent().index() > que.index()
                            && e.getDependent().index() < main.index() && !e.getRelation().toString().equals("acl:relcl")
                            && subjectBefore(g, e.getDependent()) && Syntax.child(g, e.getDependent(), "obj") == null)
                    .findFirst().orElse(null);
            if (toRelative == null) {
                continue;
            }
            IndexedWord relative = toRelative.getDependent();
            ParseRepairs.move(g, toQue, relative, "obj");
            ParseRepairs.move(g, toRelative, noun, "acl:relcl");
            ParseRepairs.promote(g, noun, toMain, "nsubj", false);
            return;
        }
    }

    /**
     * « Les États-Unis, dont le Japon dépend pour son armement, lui ont vendu des Tomahawk »: the parser makes the
     * relative clause the sentence's head, the name before « dont » its adjunct and the main verb its adverbial (or its
     * open complement: « l'Italie, dont une mission militaire est présente sur l'île, reste le fournisseur … »). The
     * verb after the clause's comma, with no subject of its own, is the main verb; the name is its subject and the
     * clause of « dont » the name's relative clause.
     */
    static void dontClauseTakenForMain(SemanticGraph g) {
        if (g.getRoots().size() != 1 || !"VERB".equals(g.getFirstRoot().tag())) {
            return;
        }
        IndexedWord relative = g.getFirstRoot();
        // « dont » of the root's own clause, not of a relative clause already on a noun
        IndexedWord dont = g.descendants(relative).stream().filter(w -> "dont".equals(Syntax.lower(w)) && w.index() < relative.index()
                && relative.equals(ClauseConjuncts.verbAbove(g, w))).findFirst().orElse(null);
        SemanticGraphEdge toNoun = dont == null ? null : g.outgoingEdgeList(relative).stream()
                .filter(e -> Syntax.isNoun(e.getDependent()) && e.getDependent().index() < dont.index()
                        && !e.getRelation().toString().startsWith("nsubj")
                        && Syntax.child(g, e.getDependent(), "case") == null && Syntax.precededBy(g, dont.index(), ","))
                .findFirst().orElse(null);
        SemanticGraphEdge toMain = toNoun == null ? null : g.outgoingEdgeList(relative).stream()
                .filter(e -> e.getRelation().toString().matches("advcl|conj|parataxis|xcomp") && "VERB".equals(e.getDependent().tag())
                        && e.getDependent().index() > relative.index() && !subjectBefore(g, e.getDependent())
                        && Syntax.child(g, e.getDependent(), "mark") == null && Syntax.child(g, e.getDependent(), "cc") == null
                        && Morph.of(Syntax.child(g, e.getDependent(), "aux") != null ? Syntax.child(g, e.getDependent(), "aux") : e.getDependent()).finiteIndicative())
                .findFirst().orElse(null);
        if (toMain == null || Syntax.child(g, relative, "nsubj") == null) {
            return;
        }
        IndexedWord noun = toNoun.getDependent();
        IndexedWord main = toMain.getDependent();
        ParseRepairs.promote(g, relative, toMain, "acl:relcl", false);
        ParseRepairs.move(g, Syntax.parentEdge(g, relative), noun, "acl:relcl");
        ParseRepairs.move(g, toNoun, main, "nsubj");
    }

    /**
     * « la garde côtière a été équipée pour l'essentiel par le Danemark, dont les chantiers ont construit … »: the
     * parser makes the clause of « dont » an adverbial of the main verb and hangs on it the phrases between the two
     * verbs. The phrases before the comma go back to the main verb; the clause is the relative of the name that ends
     * right before « dont ».
     */
    static void dontClauseTakenForAdverbial(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord relative = in.getDependent();
            IndexedWord main = in.getGovernor();
            if (!in.getRelation().toString().equals("advcl") || !"VERB".equals(relative.tag()) || !"VERB".equals(main.tag())
                    || relative.index() < main.index()) {
                continue;
            }
            IndexedWord dont = g.descendants(relative).stream().filter(w -> "dont".equals(Syntax.lower(w)) && w.index() < relative.index()
                    && Syntax.precededBy(g, w.index(), ",") && relative.equals(ClauseConjuncts.verbAbove(g, w))).findFirst().orElse(null);
            IndexedWord name = dont == null ? null : g.getNodeByIndexSafe(dont.index() - 2);
            SemanticGraphEdge nameIn = name == null ? null : Syntax.parentEdge(g, name);
            if (nameIn == null || !Syntax.isNoun(name) || !nameIn.getGovernor().equals(relative) || !nameIn.getRelation().toString().startsWith("obl")) {
                continue;
            }
            boolean agent = "par".equals(Syntax.caseWord(g, name)) && Syntax.child(g, main, "aux:pass") != null;
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(relative))) {
                if (e.getDependent().index() > main.index() && e.getDependent().index() < dont.index() - 1 && !e.getDependent().equals(name)
                        && e.getRelation().toString().startsWith("obl")) {
                    ParseRepairs.move(g, e, main, e.getRelation().toString());
                }
            }
            ParseRepairs.move(g, nameIn, main, agent ? "obl:agent" : nameIn.getRelation().toString());
            ParseRepairs.move(g, in, name, "acl:relcl");
        }
    }

    static void apply(SemanticGraph g, IndexedWord noun, IndexedWord relativeVerb) {
        if (Syntax.parentEdge(g, noun) != null) {
            return;
        }
        SemanticGraphEdge toMain = g.outgoingEdgeList(relativeVerb).stream()
                .filter(e -> e.getRelation().toString().equals("conj") && "VERB".equals(e.getDependent().tag())
                        && e.getDependent().index() > relativeVerb.index() && !subjectBefore(g, e.getDependent())
                        && Syntax.child(g, e.getDependent(), "cc") == null)
                .findFirst().orElse(null);
        if (toMain == null) {
            return;
        }
        IndexedWord main = toMain.getDependent();
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(main))) {
            if (e.getRelation().toString().startsWith("nsubj") && Syntax.child(g, main, "obj") == null) {
                // « s'est offert en 2011 six chasseurs »: what the parser took for an inverted subject is the object.
                ParseRepairs.move(g, e, main, "obj");
            }
        }
        ParseRepairs.promote(g, noun, toMain, "nsubj", false);
    }
}
