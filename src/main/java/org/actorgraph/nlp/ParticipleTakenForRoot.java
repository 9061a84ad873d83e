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
 * président Bazoum, renversé l'an dernier, restent en service »).
 */
final class ParticipleTakenForRoot {
    private static final Set<String> CLAUSE_BESIDE = Set.of("parataxis", "conj", "advcl", "ccomp");

    private ParticipleTakenForRoot() {}

    static void apply(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord participle = g.getFirstRoot();
        SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
        if (!"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple() || toSubject == null
                || g.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                        || e.getRelation().toString().equals("cop"))
                || !Syntax.wordBetween(g, toSubject.getDependent(), participle, Set.of(","))
                        && Syntax.phraseEnd(g, toSubject.getDependent()) + 1 != participle.index()) {
            return;
        }
        SemanticGraphEdge toVerb = g.outgoingEdgeList(participle).stream().filter(e -> CLAUSE_BESIDE.contains(e.getRelation().toString())
                && e.getDependent().index() > participle.index() && "VERB".equals(e.getDependent().tag())
                && Syntax.child(g, e.getDependent(), "nsubj") == null && !Morph.of(e.getDependent()).pastParticiple()
                && !Morph.of(e.getDependent()).presentParticiple() && !Morph.of(e.getDependent()).infinitive()
                && Syntax.wordBetween(g, participle, e.getDependent(), Set.of(","))).findFirst().orElse(null);
        if (toVerb == null) {
            return;
        }
        IndexedWord subject = toSubject.getDependent();
        IndexedWord verb = toVerb.getDependent();
        var language = toVerb.getRelation().getLanguage();
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
}
