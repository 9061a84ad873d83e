package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « le système sol-air a d'abord été vendu à l'Espagne »: the parser may label « été » a plain auxiliary and the
 * subject an active one, and the verb then reads as active (its subject the seller). « été » before a past participle
 * is always the passive auxiliary (the perfect of « être » itself has no participle after it): it becomes aux:pass and
 * the subject nsubj:pass. The other voice labels the parser gets wrong are read here too: « être » with a « par »
 * agent ({@link #agentAfterEtre}), and an agent on an active verb ({@link #agentOfActiveVerb}).
 */
final class PassiveAfterEte {
    private static final Set<String> ETRE_VERBS = FrenchWords.list("etre-auxiliary-verb");

    private PassiveAfterEte() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(verb.tag()) || !Morph.of(verb).pastParticiple() || Syntax.child(g, verb, "aux:pass") != null) {
                continue;
            }
            SemanticGraphEdge ete = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("aux") && "été".equals(Syntax.lower(e.getDependent()))
                            && e.getDependent().index() < verb.index())
                    .findFirst().orElse(null);
            if (ete == null) {
                continue;
            }
            makePassive(g, verb, ete);
        }
    }

    /**
     * « l'armée du Derg était alors équipée presque entièrement par l'Union soviétique »: a form of « être » before the
     * past participle of a verb that does not take « être » in its perfect (« est arrivé par la route ») nor a
     * reflexive clitic, with a « par » phrase after it, is a passive with its agent, whatever labels the parser gave.
     */
    static void agentAfterEtre(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(verb.tag()) || !Morph.of(verb).pastParticiple() || Syntax.child(g, verb, "aux:pass") != null
                    || Syntax.child(g, verb, "obl:agent") != null || ETRE_VERBS.contains(Morph.lemma(verb))
                    || g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("expl"))) {
                continue;
            }
            SemanticGraphEdge etre = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("aux") && "être".equals(Morph.lemma(e.getDependent()))
                            && e.getDependent().index() < verb.index())
                    .findFirst().orElse(null);
            SemanticGraphEdge agent = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().matches("obl|obl:arg") && e.getDependent().index() > verb.index()
                            && "par".equals(Syntax.caseWord(g, e.getDependent())))
                    .findFirst().orElse(null);
            if (etre != null && agent != null) {
                makePassive(g, verb, etre);
                ParseRepairs.move(g, agent, verb, "obl:agent");
            }
        }
    }

    /**
     * « la Serbie avait répliqué par une demande reconventionnelle imputant à Zagreb … »: a verb in a compound tense with
     * « avoir » is active, so its « par » phrase is no agent (the parser may label it one).
     */
    static void agentOfActiveVerb(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (e.getRelation().toString().equals("obl:agent") && "VERB".equals(verb.tag()) && Syntax.child(g, verb, "aux:pass") == null
                    && g.outgoingEdgeList(verb).stream().anyMatch(a -> a.getRelation().toString().equals("aux")
                            && "avoir".equals(Morph.lemma(a.getDependent())))) {
                ParseRepairs.move(g, e, verb, "obl");
            }
        }
    }

    private static void makePassive(SemanticGraph g, IndexedWord verb, SemanticGraphEdge auxiliary) {
        ParseRepairs.move(g, auxiliary, verb, "aux:pass");
        SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj");
        if (subject != null) {
            ParseRepairs.move(g, subject, verb, "nsubj:pass");
        }
    }
}
