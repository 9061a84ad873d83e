package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.Syntax;

/**
 * Runs the rules over the sentences of one document and turns their matches into relation events:
 * finds the actors behind the matched nodes, checks that what is transferred is military, reads the
 * modality, status and attribution around the trigger, and lifts the actors to the states that answer
 * for them.
 */
public final class RelationExtractor {
    private static final int THEME_DEPTH = 3;

    private final RuleBook rules;
    private final Cues cues;
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;
    private final ArgumentFinder arguments;

    public RelationExtractor(RuleBook rules, Cues cues, Gazetteer gazetteer) {
        this.rules = rules;
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
        this.arguments = new ArgumentFinder(cues);
    }

    /** The events of a document, one per relation, state pair and sentence; traces are added per sentence. */
    public List<RelationEvent> extract(List<LinkedSentence> sentences, List<Trace> traces) {
        Map<String, RelationEvent> events = new LinkedHashMap<>();
        Resolved[] context = null;
        for (LinkedSentence s : sentences) {
            Trace trace = new Trace();
            if (traces != null) {
                traces.add(trace);
            }
            if (!s.parsed().isParsed()) {
                trace.add("-", "-", "-", "-", "not parsed (sentence too long)");
                continue;
            }
            for (Rule rule : rules.rules()) {
                SemgrexMatcher m = rule.pattern().matcher(s.parsed().graph());
                while (m.find()) {
                    for (RelationEvent e : eventsOf(rule, m, s, context, trace)) {
                        events.merge(e.key(), e, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                    }
                }
            }
            context = topicPair(s);
        }
        return new ArrayList<>(events.values());
    }

    private List<RelationEvent> eventsOf(Rule rule, SemgrexMatcher m, LinkedSentence s, Resolved[] context, Trace trace) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord trigger = m.getNode("trigger");
        IndexedWord fromNode = m.getNode("from");
        IndexedWord toNode = m.getNode("to");
        IndexedWord theme = m.getNode("theme");
        String triggerWord = trigger == null ? "?" : trigger.word();
        if (trigger == null) {
            trace.add(rule.id(), "?", "-", "-", "blocked: rule names no trigger");
            return List.of();
        }
        if (theme != null && !isMilitary(s, theme) && !hasMilitaryArgument(s, trigger)) {
            trace.add(rule.id(), triggerWord, word(fromNode), word(toNode), "blocked: '" + theme.word() + "' is not military materiel");
            return List.of();
        }
        String how = "";
        IndexedWord subjectNode = switch (rule.subject()) {
            case from -> fromNode;
            case to -> toNode;
            case none -> null;
        };
        if (rule.subject() != Rule.SubjectRole.none && (subjectNode == null || Syntax.isSubjectPronoun(subjectNode))) {
            IndexedWord inherited = arguments.understoodSubject(g, trigger);
            if (inherited == null && Syntax.isNoun(trigger) && rule.subject() == Rule.SubjectRole.from) {
                inherited = arguments.approverOf(g, trigger);
            }
            if (inherited != null) {
                if (rule.subject() == Rule.SubjectRole.from) {
                    fromNode = inherited;
                } else {
                    toNode = inherited;
                }
                how = " (understood subject)";
            }
        }
        if (toNode != null && ArgumentFinder.isCliticObject(g, toNode)) {
            toNode = arguments.cliticAntecedent(g, trigger);
        }
        List<Resolved> from = fromNode == null ? List.of() : resolver.resolveWithConjuncts(s, fromNode);
        List<Resolved> to = toNode == null ? List.of() : resolver.resolveWithConjuncts(s, toNode);
        List<Actor> weapons = weaponsUnder(s, theme != null ? theme : trigger);
        Actor origin = weapons.stream().map(gazetteer::originOf).filter(a -> a != null).findFirst().orElse(null);
        if (rule.orientByWeapon()) {
            if (origin == null) {
                trace.add(rule.id(), triggerWord, names(from, fromNode), names(to, toNode),
                        "blocked: no weapon of known origin to tell supplier from recipient");
                return List.of();
            }
            List<Resolved> parties = new ArrayList<>(from);
            parties.addAll(to);
            to = parties.stream().filter(r -> !origin.equals(gazetteer.accountable(r.actor()))).toList();
            from = List.of(new Resolved(origin, null, trigger));
            how = " (supplier: origin of the weapon)";
        } else if (from.isEmpty() && rule.relation() != Relation.ACCUSES && origin != null) {
            from = List.of(new Resolved(origin, null, trigger));
            how = " (supplier: origin of the weapon)";
        }
        if (from.isEmpty() && to.isEmpty() && Set.of("trigger", "theme").containsAll(m.getNodeNames()) && context != null) {
            from = List.of(context[0]);
            to = List.of(context[1]);
            how = " (actors of the previous sentence)";
        }
        if (from.isEmpty() || to.isEmpty()) {
            trace.add(rule.id(), triggerWord, names(from, fromNode), names(to, toNode),
                    "blocked: no " + (from.isEmpty() ? rule.relation().fromRole() : rule.relation().toRole()) + " actor");
            return List.of();
        }

        ClauseScope scope = new ClauseScope(g, trigger);
        String scopeText = scope.text();
        Modality modality = modality(scopeText);
        Relation relation = rule.relation();
        TransferStatus status = null;
        if (relation == Relation.SELLS_ARMS_TO) {
            if (cues.find(Cues.Kind.historical, scopeText) != null) {
                relation = Relation.ARMED_HISTORICALLY;
            } else {
                status = status(scopeText, triggerWord);
            }
        }
        Actor accordingTo = attribution(s, scope);

        List<RelationEvent> out = new ArrayList<>();
        for (Resolved f : from) {
            for (Resolved t : to) {
                Actor fs = gazetteer.accountable(f.actor());
                Actor ts = gazetteer.accountable(t.actor());
                String outcome;
                if (fs == null || ts == null) {
                    outcome = "blocked: " + (fs == null ? f.actor().label() : t.actor().label()) + " answers to no state";
                } else if (fs.equals(ts)) {
                    outcome = "blocked: both sides are " + fs.label();
                } else {
                    RelationEvent e = new RelationEvent(relation, f.actor(), t.actor(), fs, ts,
                            relation.carriesWeapons() ? weapons : List.of(), status, modality,
                            accordingTo, s.parsed().index(), triggerWord, rule.id(), rule.confidence());
                    out.add(e);
                    outcome = (e.isAsserted() ? "edge " : "event only, ") + relation.property()
                            + (status != null ? " status=" + status : "") + " modality=" + modality + how
                            + (accordingTo != null ? " according to " + accordingTo.label() : "");
                }
                trace.add(rule.id(), triggerWord, f.actor().label(), t.actor().label(), outcome);
            }
        }
        return out;
    }

    private Modality modality(String scopeText) {
        if (cues.find(Cues.Kind.negated, scopeText) != null) {
            return Modality.Negated;
        }
        if (cues.find(Cues.Kind.feared, scopeText) != null) {
            return Modality.Feared;
        }
        if (cues.find(Cues.Kind.hypothetical, scopeText) != null) {
            return Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    private TransferStatus status(String scopeText, String trigger) {
        if (cues.find(Cues.Kind.cancelled, scopeText) != null) {
            return TransferStatus.Cancelled;
        }
        if (cues.find(Cues.Kind.negotiating, scopeText) != null) {
            return TransferStatus.Negotiating;
        }
        if (cues.isWord(Cues.Kind.delivered, trigger)) {
            return TransferStatus.Delivered;
        }
        if (cues.isWord(Cues.Kind.contracted, trigger)) {
            return TransferStatus.Contracted;
        }
        return TransferStatus.Unspecified;
    }

    /** Who asserts the event: the subject of a verb of saying that governs it, or the object of "selon". */
    private Actor attribution(LinkedSentence s, ClauseScope scope) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                boolean selon = Syntax.hasCaseOrMark(g, d, Set.of("selon"));
                boolean speaker = rel.equals("nsubj") && cues.isWord(Cues.Kind.speech, n.word());
                if (selon || speaker) {
                    List<Resolved> r = resolver.resolveWithConjuncts(s, d);
                    if (!r.isEmpty()) {
                        return r.get(0).actor();
                    }
                }
            }
        }
        return null;
    }

    /** Whether a phrase names military materiel: a weapon system, or a military noun near its head. */
    private boolean isMilitary(LinkedSentence s, IndexedWord theme) {
        SemanticGraph g = s.parsed().graph();
        if (Syntax.isRelativePronoun(theme)) {
            IndexedWord antecedent = ActorResolver.antecedentOf(g, theme);
            if (antecedent != null) {
                theme = antecedent;
            }
        }
        List<IndexedWord> frontier = List.of(theme);
        for (int depth = 0; depth <= THEME_DEPTH && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                Mention m = s.mentionAt(n);
                if ((m != null && m.actor().isWeapon()) || cues.isWord(Cues.Kind.military, n.word())) {
                    return true;
                }
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    next.add(e.getDependent());
                }
            }
            frontier = next;
        }
        return false;
    }

    /** Whether another argument of the trigger names military materiel (the parser may bind the theme elsewhere). */
    private boolean hasMilitaryArgument(LinkedSentence s, IndexedWord trigger) {
        for (SemanticGraphEdge e : s.parsed().graph().outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.startsWith("obl")) && isMilitary(s, e.getDependent())) {
                return true;
            }
        }
        return false;
    }

    private List<Actor> weaponsUnder(LinkedSentence s, IndexedWord node) {
        List<Actor> out = new ArrayList<>();
        for (IndexedWord d : s.parsed().graph().descendants(node)) {
            Mention m = s.mentionAt(d);
            if (m != null && m.actor().isWeapon() && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out;
    }

    /** The sentence's subject and one other state, for a next sentence that names neither side. */
    private Resolved[] topicPair(LinkedSentence s) {
        if (!s.parsed().isParsed()) {
            return null;
        }
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

    private static String word(IndexedWord w) {
        return w == null ? "-" : w.word();
    }

    private static String names(List<Resolved> rs, IndexedWord node) {
        if (rs.isEmpty()) {
            return node == null ? "-" : "'" + node.word() + "'?";
        }
        return String.join("+", rs.stream().map(r -> r.actor().label()).toList());
    }
}
