package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le Caire a dénoncé l'ingérence turque, Abdel Fattah al-Sissi menaçant d'une intervention »: a participle clause
 * with its own subject after a comma. The parser makes the main verb's object the participle's subject and the name
 * before the participle that object's apposition. The name is the participle's subject, and the phrase before the
 * comma is the object of the main verb when it has none.
 */
final class AbsoluteParticiple {
    private static final Set<String> PARTICIPLE_AUXILIARIES = FrenchWords.list("participle-auxiliary");
    private static final Set<String> CLITICS = FrenchWords.list("preverbal-clitic");
    private AbsoluteParticiple() {}

    static void apply(SemanticGraph g) {
        nameTakenForConjunct(g);
        participleClauseOnName(g);
        subjectfulClauseOnNoun(g);
        participleAfterLastConjunct(g);
        objectTakenForSubject(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord main = e.getGovernor();
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            if (!e.getRelation().toString().equals("advcl") || !Syntax.isPresentParticiple(participle) || toSubject == null
                    || !Syntax.isNoun(toSubject.getDependent()) || !"VERB".equals(main.tag())) {
                continue;
            }
            IndexedWord object = toSubject.getDependent();
            SemanticGraphEdge toName = g.outgoingEdgeList(object).stream()
                    .filter(a -> a.getRelation().toString().equals("appos") && "PROPN".equals(a.getDependent().tag())
                            && Syntax.phraseEnd(g, a.getDependent()) == participle.index() - 1
                            && Syntax.wordBetween(g, object, a.getDependent(), Set.of(",")))
                    .findFirst().orElse(null);
            if (toName == null || object.index() < main.index() || Syntax.child(g, main, "obj") != null) {
                continue;
            }
            ParseRepairs.move(g, toName, participle, "nsubj");
            ParseRepairs.move(g, toSubject, main, "obj");
        }
    }

    /**
     * « Tokyo remet à Manille une lettre les accusant de … »: without a comma, the noun before a present participle is not
     * the subject of an absolute clause but the object of the verb before it, which the participle describes. The
     * parser makes it the participle's subject and hangs the participle on the verb; when that verb has no object, the
     * noun becomes its object and the participle a clause on the noun (only object clitics between them).
     */
    private static void objectTakenForSubject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord verb = e.getGovernor();
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            if (!e.getRelation().toString().equals("advcl") || !Syntax.isPresentParticiple(participle) || toSubject == null
                    || !"NOUN".equals(toSubject.getDependent().tag()) || !"VERB".equals(verb.tag())) {
                continue;
            }
            IndexedWord noun = toSubject.getDependent();
            boolean onlyClitics = g.vertexSet().stream().filter(w -> w.index() > Syntax.phraseEnd(g, noun) && w.index() < participle.index())
                    .allMatch(w -> "PRON".equals(w.tag()) && CLITICS.contains(Syntax.lower(w)));
            if (noun.index() < verb.index() || !onlyClitics || Syntax.precededBy(g, Syntax.phraseStart(g, noun), ",")
                    || Syntax.child(g, verb, "obj") != null || Syntax.child(g, verb, "ccomp") != null) {
                continue;
            }
            ParseRepairs.move(g, toSubject, verb, "obj");
            ParseRepairs.move(g, e, noun, "acl");
        }
    }

    /**
     * « Washington vendit des missiles à Téhéran, Israël ayant lui-même livré des TOW »: the parser hangs the name after
     * the comma on the noun before it (an apposition or a conjunct) and the participle clause on the name. A name right
     * after a comma, with a participle after it whose auxiliary is « ayant » or « étant », is that participle's
     * subject, and the participle clause an adjunct of the verb above; so is a name with a present participle right
     * after it.
     */
    private static void participleClauseOnName(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getGovernor();
            IndexedWord participle = e.getDependent();
            IndexedWord aux = Syntax.child(g, participle, "aux");
            SemanticGraphEdge in = Syntax.parentEdge(g, name);
            // « s'équipe outre-Atlantique, les États-Unis demeurant le fournisseur historique de ses armées »: a present
            // participle right after the name, without auxiliary
            boolean bare = aux == null && "VERB".equals(participle.tag()) && Syntax.isPresentParticiple(participle)
                    && Syntax.nameEnd(g, name) == participle.index() - 1 && Syntax.child(g, participle, "nsubj") == null;
            if (!e.getRelation().toString().equals("acl") || !bare && (aux == null || !PARTICIPLE_AUXILIARIES.contains(Syntax.lower(aux)))
                    || !"PROPN".equals(name.tag()) || participle.index() < name.index() || in == null
                    || !in.getRelation().toString().matches(bare ? "conj|appos|obj" : "conj|appos")
                    || !Syntax.precededBy(g, Syntax.phraseStart(g, name), ",")) {
                continue;
            }
            IndexedWord verb = ClauseConjuncts.verbAbove(g, name);
            if (verb != null) {
                ParseRepairs.move(g, e, verb, "advcl");
                ParseRepairs.move(g, in, participle, "nsubj");
            }
        }
    }

    /**
     * « le raid tue deux soldats, et Lima rompt ses relations, accusant Quito de … »: the parser
     * hangs the participle clause at the end on the first of two coordinated verbs; it is the nearer one's, whose subject
     * it shares.
     */
    private static void participleAfterLastConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("advcl") || !Syntax.isPresentParticiple(participle) || !"VERB".equals(participle.tag())
                    || Syntax.child(g, participle, "nsubj") != null || Syntax.child(g, participle, "mark") != null || participle.index() < verb.index()) {
                continue;
            }
            IndexedWord nearer = null;
            for (SemanticGraphEdge c : g.outgoingEdgeList(verb)) {
                IndexedWord conjunct = c.getDependent();
                if (c.getRelation().toString().equals("conj") && "VERB".equals(conjunct.tag()) && conjunct.index() < participle.index()
                        && Syntax.child(g, conjunct, "nsubj") != null && (nearer == null || conjunct.index() > nearer.index())) {
                    nearer = conjunct;
                }
            }
            if (nearer != null) {
                ParseRepairs.move(g, e, nearer, "advcl");
            }
        }
    }

    /**
     * « Athènes en a reçu quarante, Paris achetant en retour des olives »: the parser hangs the participle clause on the
     * phrase before the comma as if it described it. A present participle that describes a noun has no subject of its
     * own; one with its subject after a comma is a clause of its own, an adjunct of the verb above.
     */
    private static void subjectfulClauseOnNoun(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord subject = Syntax.child(g, participle, "nsubj");
            if (!e.getRelation().toString().equals("acl") || !"VERB".equals(participle.tag()) || !Syntax.isPresentParticiple(participle)
                    || subject == null || subject.index() > participle.index() || !Syntax.isNoun(subject)
                    || !Syntax.precededBy(g, Syntax.phraseStart(g, subject), ",")) {
                continue;
            }
            IndexedWord verb = ClauseConjuncts.verbAbove(g, participle);
            if (verb != null && !verb.equals(participle)) {
                ParseRepairs.move(g, e, verb, "advcl");
            }
        }
    }

    /**
     * « …, malgré l'affaire Regeni, Rome ne cessant d'accuser les autorités égyptiennes »: the parser coordinates the
     * name after the comma with the phrase before it and leaves the participle after the name without a subject. The
     * name is the participle's subject.
     */
    private static void nameTakenForConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("advcl") || !Syntax.isPresentParticiple(participle)
                    || Syntax.child(g, participle, "nsubj") != null) {
                continue;
            }
            IndexedWord name = Syntax.beforeOwnAdverbs(g, participle); // « Rome ne cessant »
            SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
            if (in != null && "PROPN".equals(name.tag()) && in.getRelation().toString().matches("conj|appos")
                    && in.getGovernor().index() < name.index() && Syntax.precededBy(g, name.index(), ",")) {
                ParseRepairs.move(g, in, participle, "nsubj");
            }
        }
    }
}
