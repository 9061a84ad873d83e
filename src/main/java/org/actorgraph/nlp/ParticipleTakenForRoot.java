package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * "L'Azerbaïdjan, longtemps armé lui aussi par Moscou, doit ses victoires ...": the parser makes the participle
 * between commas the root, the name before it its subject and the verb after it a clause beside it. A past participle
 * without auxiliary, between commas after its subject, with a finite verb after it that has no subject, modifies that
 * subject (its « par » phrase is its agent); the finite verb heads the sentence, with the name as its subject. So does
 * a participle right after its subject's phrase (« Les drones Bayraktar TB2 acquis auprès de la Turquie sous le
 * président Bazoum, renversé l'an dernier, restent en service »). Before a compound tense the parser hung on it
 * (« Les chars achetés par le Maroc aux États-Unis sont arrivés en 2021 »), no comma is needed, and the participle
 * need not be the root (« le tournant est venu d'ailleurs : les blindés cédés par Washington ont transformé … »).
 */
final class ParticipleTakenForRoot {
    private static final Set<String> CLAUSE_BESIDE = Set.of("parataxis", "conj", "advcl", "ccomp");
    private static final Set<String> CLAUSE_BESIDE_OR_XCOMP = Set.of("parataxis", "conj", "advcl", "ccomp", "xcomp");

    private ParticipleTakenForRoot() {}

    static void apply(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        for (IndexedWord participle : new ArrayList<>(g.vertexListSorted())) {
            repair(g, participle, participle.equals(root), false);
        }
    }

    /**
     * « Les MiG-21 fournis naguère par l'Union soviétique appartiennent à une autre époque »: once the verb after the
     * root participle has been given a phrase with a preposition for its subject (FiniteVerbOnNoun), that phrase is
     * the participle's complement (after « par », its agent) and the verb heads the sentence.
     */
    static void agentTakenForSubject(SemanticGraph g) {
        if (g.getRoots().size() == 1) {
            repair(g, g.getFirstRoot(), true, true);
        }
    }

    private static void repair(SemanticGraph g, IndexedWord participle, boolean root, boolean agentTaken) {
        SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
        // (or as the participle's passive subject when they agree: « deux patrouilleurs …, construits par Austal …,
        // rejoignent la flotte »; « une vingtaine de conteneurs d'armes …, offerts par … » describes what the count counts)
        SemanticGraphEdge passive = Syntax.childEdge(g, participle, "nsubj:pass");
        toSubject = toSubject != null ? toSubject : passive != null && agree(passive.getDependent(), participle) ? passive : null;
        if (!"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple() || toSubject == null
                || g.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                        || e.getRelation().toString().equals("cop"))
                || !Syntax.wordBetween(g, toSubject.getDependent(), participle, Set.of(","))
                        && Syntax.phraseEnd(g, toSubject.getDependent()) + 1 != participle.index()) {
            return;
        }
        SemanticGraphEdge toVerb = agentTaken ? verbWithComplementForSubject(g, participle) : verbWithoutSubject(g, participle, root);
        if (toVerb == null) {
            return;
        }
        IndexedWord subject = toSubject.getDependent();
        IndexedWord verb = toVerb.getDependent();
        var language = toVerb.getRelation().getLanguage();
        if (agentTaken) {
            // (a « par » phrase becomes the participle's agent with its other complements below)
            ParseRepairs.move(g, agentOf(g, participle, verb), participle, "obl");
        }
        g.removeEdge(toVerb);
        ParseRepairs.takePlace(g, participle, verb, null);
        ParseRepairs.move(g, toSubject, verb, "nsubj");
        g.addEdge(subject, participle, GrammaticalRelation.valueOf(language, "acl"), toVerb.getWeight(), false);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(participle))) {
            IndexedWord d = e.getDependent();
            if (d.index() > verb.index()) {
                ParseRepairs.move(g, e, verb, e.getRelation().toString());
            } else if ("par".equals(Syntax.caseWord(g, d)) && e.getRelation().toString().startsWith("obl")) {
                ParseRepairs.move(g, e, participle, "obl:agent");
            }
        }
    }

    /** Whether a noun and a participle agree, where the noun's number and gender are known. */
    private static boolean agree(IndexedWord noun, IndexedWord participle) {
        Morph n = Morph.of(noun);
        Morph p = Morph.of(participle);
        return (n.is("sp") || n.plural() == p.plural()) && (n.is("e") || n.feminine() == p.feminine());
    }

    /** The finite verb beside the participle, without a subject of its own, that heads the sentence instead. */
    private static SemanticGraphEdge verbWithoutSubject(SemanticGraph g, IndexedWord participle, boolean root) {
        // « Les F-16 achetés aux États-Unis sont arrivés en 2005 »: a compound tense after it, as « xcomp », needs no comma
        return g.outgoingEdgeList(participle).stream().filter(e -> e.getDependent().index() > participle.index()
                && "VERB".equals(e.getDependent().tag()) && Syntax.child(g, e.getDependent(), "nsubj") == null
                && (root && CLAUSE_BESIDE.contains(e.getRelation().toString()) && finite(e.getDependent())
                        && Syntax.wordBetween(g, participle, e.getDependent(), Set.of(","))
                    || CLAUSE_BESIDE_OR_XCOMP.contains(e.getRelation().toString()) && compoundTense(g, e.getDependent())))
                .findFirst().orElse(null);
    }

    /** The finite verb after the participle whose subject is a phrase with a preposition ({@link #agentOf}). */
    private static SemanticGraphEdge verbWithComplementForSubject(SemanticGraph g, IndexedWord participle) {
        return g.outgoingEdgeList(participle).stream().filter(e -> e.getDependent().index() > participle.index()
                && "VERB".equals(e.getDependent().tag()) && finite(e.getDependent()) && agentOf(g, participle, e.getDependent()) != null)
                .findFirst().orElse(null);
    }

    private static boolean finite(IndexedWord verb) {
        Morph m = Morph.of(verb);
        return !m.pastParticiple() && !m.presentParticiple() && !m.infinitive();
    }

    /** A past participle with a finite auxiliary of its own (« sont arrivés », « ont été livrés »). */
    private static boolean compoundTense(SemanticGraph g, IndexedWord verb) {
        IndexedWord aux = Syntax.child(g, verb, "aux");
        aux = aux == null ? Syntax.child(g, verb, "aux:pass") : aux;
        return Morph.of(verb).pastParticiple() && aux != null && finite(aux);
    }

    /**
     * The subject of {@code verb}, between the participle and it, that opens with a preposition: no subject but the
     * participle's complement (its agent after « par », « au Mali » after « à »); or null.
     */
    private static SemanticGraphEdge agentOf(SemanticGraph g, IndexedWord participle, IndexedWord verb) {
        SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj");
        return subject != null && subject.getDependent().index() > participle.index() && subject.getDependent().index() < verb.index()
                && Syntax.caseWord(g, subject.getDependent()) != null ? subject : null;
    }
}
