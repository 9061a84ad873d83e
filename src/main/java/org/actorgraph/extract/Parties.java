package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "extract": once a frame's arguments are resolved, which actors take its two roles when the parse
 * left them ambiguous (a list hung on the wrong argument; a possessor that is the first party itself), and the
 * pair a sentence is about, for frames that fall back on the previous sentence's parties.
 */
final class Parties {
    private static final Set<String> ARMING_VERBS = FrenchWords.list("arming-verb");
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;

    Parties(Gazetteer gazetteer, ActorResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    /** The sentence's subject and one other state, for a next sentence that names neither side. */
    Resolved[] topicPair(LinkedSentence s) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord root = g.getFirstRoot();
        IndexedWord subject = root == null ? null : Syntax.child(g, root, "nsubj");
        List<Resolved> subj = subject == null ? List.of() : resolver.resolve(s, subject, 0);
        if (subj.isEmpty() || gazetteer.accountable(subj.get(0).actor()) == null) {
            return null;
        }
        Actor subjState = gazetteer.accountable(subj.get(0).actor());
        for (IndexedWord n : g.vertexListSorted()) {
            Mention m = s.mentionAt(n);
            if (m != null && !m.actor().isWeapon() && gazetteer.accountable(m.actor()) != null
                    && !gazetteer.accountable(m.actor()).equals(subjState)) {
                return new Resolved[] {subj.get(0), new Resolved(m.actor(), m, n)};
            }
        }
        return null;
    }

    /**
     * "Chypre dénonce les violations de son espace aérien par des avions turcs": when the best-ranked other party is
     * only the first party itself (a possessor, the victim), the next argument that names someone else is taken.
     */
    void selfAsOtherParty(LinkedSentence s, Map<Role, List<Resolved>> parties, List<Resolved> laterTo, Role fromRole, Role toRole) {
        List<Resolved> from = parties.getOrDefault(fromRole, List.of());
        List<Resolved> to = parties.getOrDefault(toRole, List.of());
        if (from.isEmpty() || to.isEmpty() || !to.stream().allMatch(t -> from.stream().anyMatch(f -> sameSide(f, t)))) {
            return;
        }
        List<Resolved> others = laterTo.stream().filter(t -> from.stream().noneMatch(f -> sameSide(f, t))).toList();
        if (others.isEmpty() && to.stream().allMatch(t -> t.mention() == null && !"PRON".equals(t.node().tag()) && !ownForces(s, t))) {
            others = namedBefore(s, to.get(0).node(), from);
        }
        if (!others.isEmpty()) {
            parties.put(toRole, new ArrayList<>(others.subList(0, 1)));
        }
    }

    /**
     * « l'Autriche se tournait vers Stockholm pour équiper ses forces aériennes »: the forces that an infinitive of
     * arming takes with a possessive are its understood subject's own, not those of a state named before (a finite verb's
     * may be another's: « Moscou avait formé et équipé son armée », in a text about Somalia).
     */
    private static boolean ownForces(LinkedSentence s, Resolved t) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord forces = t.node() == null || !Anaphora.isPossessive(t.node()) ? null : g.getParent(t.node());
        SemanticGraphEdge in = forces == null ? null : Syntax.parentEdge(g, forces);
        return in != null && Syntax.isArmedForces(forces) && in.getRelation().toString().equals("obj")
                && ARMING_VERBS.contains(Morph.lemma(in.getGovernor())) && Morph.of(in.getGovernor()).infinitive();
    }

    /**
     * "Dacca a convoqué l'ambassadeur de Birmanie et accusé son armée", "s'en est pris à l'ONU, accusant sa
     * mission": a possessive or an organ (not a pronoun) that would make the first party its own other party stands
     * for the actor named last before it in the sentence.
     */
    private List<Resolved> namedBefore(LinkedSentence s, IndexedWord anaphor, List<Resolved> from) {
        for (int i = anaphor.index() - 1; i > 0; i--) {
            Mention m = s.mentionAt(i);
            Resolved named = m == null ? null : new Resolved(m.actor(), m, s.parsed().graph().getNodeByIndexSafe(i));
            if (named != null && !m.actor().isWeapon() && gazetteer.accountable(m.actor()) != null
                    && from.stream().noneMatch(f -> sameSide(f, named))) {
                return List.of(named);
            }
        }
        return List.of();
    }

    private boolean sameSide(Resolved a, Resolved b) {
        return a.actor().equals(b.actor()) || gazetteer.sameState(a.actor(), b.actor());
    }

    /**
     * "l'Irak, armé par la France, la Grande-Bretagne et l'Allemagne": the parser may hang the list after the agent
     * on the other argument. A conjunct belongs with the argument nearest before it: one found under an argument but
     * lying after the other role's argument is moved to that role; not one set apart by a comma before its
     * conjunction (« La Chine, premier fournisseur de l'armée birmane, et la Russie, qui … »), which closes the phrase
     * in between.
     */
    static void regroupConjuncts(SemanticGraph g, Map<Role, List<Resolved>> parties, Map<Resolved, IndexedWord> foundAt,
            Role fromRole, Role toRole) {
        for (Role role : List.of(fromRole, toRole)) {
            Role other = role == fromRole ? toRole : fromRole;
            List<Resolved> mine = parties.getOrDefault(role, List.of());
            List<Resolved> theirs = parties.get(other);
            if (theirs == null || mine.isEmpty()) {
                continue;
            }
            for (Resolved r : List.copyOf(mine)) {
                IndexedWord head = foundAt.get(r);
                if (r.node() == null || head == null || r.node().index() <= head.index() || afterCommaAndConjunction(g, r.node())) {
                    continue;
                }
                boolean otherBetween = theirs.stream().map(foundAt::get).anyMatch(h -> h != null
                        && h.index() > head.index() && h.index() < r.node().index());
                if (otherBetween && mine.size() > 1) {
                    mine.remove(r);
                    if (theirs.stream().noneMatch(x -> x.actor().equals(r.actor()))) {
                        theirs.add(r);
                    }
                }
            }
        }
    }

    private static boolean afterCommaAndConjunction(SemanticGraph g, IndexedWord conjunct) {
        IndexedWord cc = Syntax.child(g, conjunct, "cc");
        IndexedWord before = cc == null ? null : g.getNodeByIndexSafe(cc.index() - 1);
        return before != null && before.word().equals(",");
    }
}
