package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Arrays;
import java.util.Set;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "qualify": a supply dated by a ruler's regime ("l'Irak de Saddam Hussein, armé par la France", "sous
 * Soekarno, l'URSS a armé l'Indonésie") is told as an era of supply, not as one sale.
 */
final class Regimes {
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> SOUS = Set.of("sous");
    private static final Set<String> RULE_NOUNS = FrenchWords.list("rule-noun");
    private static final Set<String> ARMING = FrenchWords.list("arming-verb");

    private Regimes() {}

    /** The regime that dates the candidate's transfer ("de Saddam Hussein", "sous Soekarno"), or null. */
    static String of(SemanticGraph g, ClauseScope scope, Candidate c) {
        String named = regimeOfParty(g, c);
        return named != null ? named : underRuler(g, scope, c);
    }

    /**
     * "l'Irak de Saddam Hussein, armé par la France", "la Somalie de Siad Barre": a state named by its ruler's regime
     * dates the transfer to that regime, when the transfer has no tense of its own (a participle without auxiliary,
     * a noun) and is not counted (« la France conclut avec la Libye de Kadhafi la vente de cent Mirage » is one sale)
     * nor dated by its verb.
     */
    private static String regimeOfParty(SemanticGraph g, Candidate c) {
        IndexedWord t = c.trigger();
        boolean tensed = Syntax.child(g, t, "aux") != null || Syntax.child(g, t, "aux:pass") != null
                || "VERB".equals(t.tag()) && !Morph.of(t).is("ppa");
        // « En 2009, la Région wallonne avait autorisé la vente à la Libye de Mouammar Kadhafi de fusils »: a noun whose
        // verb has a year of its own is one dated sale
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, t);
        boolean datedByItsVerb = Syntax.isNoun(t) && toVerb != null && "VERB".equals(toVerb.getGovernor().tag())
                && LongStanding.datedOnItsOwn(g, toVerb.getGovernor());
        if (tensed || LongStanding.counted(g, t) || datedByItsVerb) {
            return null;
        }
        for (ActorResolver.Resolved party : Arrays.asList(c.from(), c.to())) {
            IndexedWord n = party == null ? null : party.node();
            if (n == null) {
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord ruler = e.getDependent();
                if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, ruler, DE) && person(c.sentence(), ruler)) {
                    return "de " + ruler.word();
                }
            }
        }
        return null;
    }

    /**
     * "Sous Soekarno, c'est l'Union soviétique qui a armé l'Indonésie", "équipé par l'URSS sous le régime de Velasco":
     * arming placed under a ruler, not counted nor dated by a year of its own. A sale under a ruler is one sale
     * (« sous la présidence de Iouchtchenko, Kiev a vendu des Buk à Tbilissi »).
     */
    private static String underRuler(SemanticGraph g, ClauseScope scope, Candidate c) {
        if (!arming(c.trigger()) || LongStanding.counted(g, c.trigger())
                || LongStanding.datedOnItsOwn(g, c.trigger())) {
            return null;
        }
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord head = e.getDependent();
                if (!e.getRelation().toString().startsWith("obl") || !Syntax.hasCaseOrMark(g, head, SOUS)) {
                    continue;
                }
                if (person(c.sentence(), head)) {
                    return "sous " + head.word();
                }
                IndexedWord ruler = Syntax.child(g, head, "nmod");
                if (RULE_NOUNS.contains(Morph.lemma(head)) && ruler != null && person(c.sentence(), ruler)) {
                    return "sous " + Morph.lemma(head) + " de " + ruler.word();
                }
            }
        }
        return null;
    }

    /** Whether a trigger tells arming (a lasting supply) rather than a sale: cues of an era or a ruler date it as such. */
    static boolean arming(IndexedWord trigger) {
        return ARMING.contains(Morph.lemma(trigger));
    }

    private static boolean person(LinkedSentence s, IndexedWord w) {
        String ner = s.corenlpNer(w.index());
        Mention m = s.mentionAt(w);
        return ner != null && ner.endsWith("PER") || m != null && m.actor().kind() == ActorKind.Person;
    }
}
