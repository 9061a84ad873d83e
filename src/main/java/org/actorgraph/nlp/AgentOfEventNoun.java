package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * "une violation de la résolution 2231 du Conseil de sécurité par l'Iran", "le tir d'un missile par la Corée du
 * Nord au-dessus de la mer du Japon": the parser hangs the "par" agent on the last noun of a chain of complements;
 * the agent is that of the event the chain begins with. "Haftar a reçu des drones mis en œuvre, selon l'ONU, par les
 * Émirats": an agent the parser hangs on an active verb is that of the participle before it.
 */
final class AgentOfEventNoun {
    private static final Set<String> PAR = Set.of("par");
    private static final Set<String> DE = FrenchWords.list("owner-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final int MAX_CHAIN = 4;

    private AgentOfEventNoun() {}

    static void apply(SemanticGraph g) {
        agentOfParticiple(g);
        agentOnActiveConjunct(g);
        agentAfterTimePhrase(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            if (!e.getRelation().toString().equals("nmod") || !Syntax.hasCaseOrMark(g, e.getDependent(), PAR)
                    || !Syntax.isNoun(e.getGovernor())) {
                continue;
            }
            IndexedWord top = e.getGovernor();
            for (int i = 0; i < MAX_CHAIN; i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, top);
                String rel = up == null ? "" : up.getRelation().toString();
                // Not into a phrase with another preposition: "à la suite de l'achat par la Turquie" keeps its agent.
                String upperCase = up == null ? null : Syntax.caseWord(g, up.getGovernor());
                if (!(rel.equals("nmod") || rel.equals("obl")) || !Syntax.isNoun(up.getGovernor())
                        || upperCase != null && !DE.contains(upperCase)) {
                    break;
                }
                top = up.getGovernor();
            }
            if (!top.equals(e.getGovernor())) {
                ParseRepairs.move(g, e, top, "nmod");
            }
        }
    }

    /**
     * « aucun doute sur la livraison par Pyongyang de missiles KN-23 à Moscou »: a « par » agent right after a transfer
     * noun that the parser hung on a noun other than a transfer noun is the transfer's, and so are the « de » and « à »
     * complements the parser hung on the agent's name (what is delivered, to whom). Runs last: other repairs move
     * complements of the noun phrase around.
     */
    static void agentRightAfterTransferNoun(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord agent = e.getDependent();
            IndexedWord par = Syntax.child(g, agent, "case");
            IndexedWord transfer = par == null ? null : g.getNodeByIndexSafe(par.index() - 1);
            if (!e.getRelation().toString().equals("nmod") || par == null || !"par".equals(Syntax.lower(par)) || transfer == null
                    || !TRANSFER_NOUNS.contains(Morph.lemma(transfer)) || TRANSFER_NOUNS.contains(Morph.lemma(e.getGovernor()))
                    || transfer.equals(e.getGovernor()) || ParseRepairs.isBelow(g, transfer, agent)) {
                continue;
            }
            ParseRepairs.move(g, e, transfer, "nmod");
            if ("PROPN".equals(agent.tag())) {
                for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(agent))) {
                    String caseWord = Syntax.caseWord(g, c.getDependent());
                    if (c.getRelation().toString().equals("nmod") && c.getDependent().index() > agent.index()
                            && ("de".equals(caseWord) || "à".equals(caseWord))) {
                        ParseRepairs.move(g, c, transfer, "nmod");
                    }
                }
                // « de missiles et de millions d'obus à Moscou »: a name with « à » deeper in what is delivered
                for (SemanticGraphEdge c : new ArrayList<>(g.edgeListSorted())) {
                    IndexedWord d = c.getDependent();
                    if (c.getRelation().toString().equals("nmod") && "PROPN".equals(d.tag()) && "à".equals(Syntax.caseWord(g, d))
                            && d.index() > agent.index() && ParseRepairs.isBelow(g, d, transfer) && !c.getGovernor().equals(transfer)
                            && !"PROPN".equals(c.getGovernor().tag())) {
                        ParseRepairs.move(g, c, transfer, "nmod");
                    }
                }
            }
        }
    }

    /** « équipée de tout temps par Londres »: an agent hung on a time phrase of a participle is the participle's. */
    private static void agentAfterTimePhrase(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getGovernor();
            SemanticGraphEdge up = Syntax.parentEdge(g, time);
            if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, e.getDependent(), PAR)
                    && TIME_NOUNS.contains(Morph.lemma(time)) && up != null && up.getRelation().toString().startsWith("obl")
                    && Morph.of(up.getGovernor()).pastParticiple()) {
                ParseRepairs.move(g, e, up.getGovernor(), "obl:agent");
            }
        }
    }

    /** An agent on a verb in the active voice (a subject, no passive auxiliary) goes to the participle before it. */
    private static void agentOfParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord agent = e.getDependent();
            if (!e.getRelation().toString().equals("obl:agent") || Syntax.child(g, verb, "nsubj") == null
                    || Syntax.child(g, verb, "aux:pass") != null || agent.index() < verb.index()) {
                continue;
            }
            IndexedWord participle = null;
            for (IndexedWord w : g.vertexListSorted()) {
                SemanticGraphEdge in = Syntax.parentEdge(g, w);
                if (w.index() > verb.index() && w.index() < agent.index() && Morph.of(w).pastParticiple()
                        && in != null && in.getRelation().toString().equals("acl") && Syntax.child(g, w, "obl:agent") == null) {
                    participle = w;
                }
            }
            if (participle != null) {
                ParseRepairs.move(g, e, participle, "obl:agent");
            }
        }
    }

    /**
     * « le ministère avait convoqué l'ambassadeur et condamné la violation de l'espace aérien par un avion russe »: a
     * participle coordinated with a verb in a compound tense with « avoir » shares that auxiliary and is active; the
     * agent the parser hangs on it is its object's.
     */
    private static void agentOnActiveConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, verb);
            IndexedWord object = Syntax.child(g, verb, "obj");
            IndexedWord auxiliary = in == null ? null : Syntax.child(g, in.getGovernor(), "aux");
            if (!e.getRelation().toString().equals("obl:agent") || in == null || !in.getRelation().toString().equals("conj")
                    || object == null || !Syntax.isNoun(object) || object.index() > e.getDependent().index()
                    || auxiliary == null || !"avoir".equals(Morph.lemma(auxiliary)) || Syntax.child(g, verb, "aux") != null
                    || Syntax.child(g, verb, "aux:pass") != null || !Morph.of(verb).pastParticiple()) {
                continue;
            }
            ParseRepairs.move(g, e, object, "nmod");
        }
    }
}
