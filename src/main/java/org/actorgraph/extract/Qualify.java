package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Stage "qualify": reads, in the clause around each candidate's trigger, whether the text asserts, negates,
 * hedges, asks for or fears it (modality), how far a transfer has gone (status), whether a transfer is a
 * long-standing supply (for frames with the historical-cue option), and on whose word it is reported.
 */
public final class Qualify {

    private final Cues cues;
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;

    public Qualify(Cues cues, Gazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
    }

    public Extraction apply(Extraction x) {
        List<Candidate> out = new ArrayList<>(x.candidates().size());
        for (Candidate c : x.candidates()) {
            Candidate q = qualify(c);
            out.add(q);
            if (q.relation() == Relation.ARMED_HISTORICALLY && c.relation() == Relation.SELLS_ARMS_TO
                    && (ongoing(q) || leadingNow(q))) {
                // "le Royaume-Uni, qui fournit depuis des décennies ses avions de combat à la monarchie saoudienne":
                // a supply that has lasted and goes on is both a long-standing one and a current one.
                Candidate current = qualify(c);
                out.add(new Candidate(c.frame(), Relation.SELLS_ARMS_TO, c.sentence(), c.trigger(), c.from(), c.to(),
                        c.weapons(), current.modality(), status(new ClauseScope(c.sentence().parsed().graph(), c.trigger()),
                        c.trigger()), current.accordingTo(), c.how() + " (and still going on)"));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.relation() == Relation.SELLS_ARMS_TO && elaboratesHistory(c, out)) {
                out.set(i, c.qualified(Relation.ARMED_HISTORICALLY, c.modality(), null, c.accordingTo(),
                        " (historical: elaborates a long-standing supply)"));
            }
        }
        return new Extraction(x.document(), out, x.traces());
    }

    private Candidate qualify(Candidate c) {
        SemanticGraph g = c.sentence().parsed().graph();
        ClauseScope scope = new ClauseScope(g, c.trigger());
        Modality modality = modality(g, scope, c.trigger(), c.relation() == Relation.SELLS_ARMS_TO);
        Relation relation = c.relation();
        TransferStatus status = null;
        String note = "";
        if (relation == Relation.SELLS_ARMS_TO) {
            String historical = c.frame().has(Frame.Option.historicalCue) ? historicalCue(g, scope, c.trigger()) : null;
            if (historical == null && c.frame().has(Frame.Option.historicalCue)) {
                historical = regime(g, c);
            }
            if (historical == null && c.frame().has(Frame.Option.historicalAdjective)) {
                historical = historicalAdjective(g, c.trigger());
            }
            if (historical != null) {
                relation = Relation.ARMED_HISTORICALLY;
                note = " (historical: '" + historical + "')";
            } else {
                status = status(scope, c.trigger());
            }
        }
        return c.qualified(relation, modality, status, attribution(c.sentence(), scope), note);
    }

    /**
     * "l'Union soviétique a été le principal fournisseur de l'Irak, lui livrant des chars": a participle that tells
     * how a long-standing supply went is part of it, not a sale of its own.
     */
    private boolean elaboratesHistory(Candidate c, List<Candidate> all) {
        SemanticGraph g = c.sentence().parsed().graph();
        List<IndexedWord> above = new ArrayList<>();
        IndexedWord n = c.trigger();
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                break;
            }
            n = in.getGovernor();
            above.add(n);
        }
        // "fut le grand pourvoyeur de l'Indonésie – l'Union soviétique lui avait cédé des MiG-21 –": a transfer told
        // inside a statement of long-standing supply between the same states is part of it.
        return all.stream().anyMatch(h -> h.relation() == Relation.ARMED_HISTORICALLY && h.sentence() == c.sentence()
                && above.contains(h.trigger()) && same(h.from(), c.from()) && same(h.to(), c.to()));
    }

    private boolean same(ActorResolver.Resolved a, ActorResolver.Resolved b) {
        Actor x = gazetteer.accountable(a.actor());
        Actor y = gazetteer.accountable(b.actor());
        return x != null && y != null && gazetteer.sameLineage(x, y);
    }

    private Modality modality(SemanticGraph g, ClauseScope scope, IndexedWord trigger, boolean transfer) {
        if (Syntax.isNoun(trigger) && cues.isWord(Cues.Kind.allegation, Morph.lemma(trigger))) {
            // "la Lettonie doit écouter les accusations lancées par la Russie": an accusation named by a noun was made,
            // whatever the clause around it says of it; only its own words can deny it ("aucune accusation").
            StringBuilder own = new StringBuilder();
            for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
                if (e.getRelation().toString().equals("det") || e.getRelation().toString().equals("advmod")) {
                    own.append(Syntax.lower(e.getDependent())).append(' ');
                }
            }
            return cues.find(Cues.Kind.negation, own.toString()) != null ? Modality.Negated : Modality.Asserted;
        }
        List<IndexedWord> governors = scope.chain().subList(1, scope.chain().size());
        if (transfer) {
            governors = governors.stream().filter(n -> !cues.isWord(Cues.Kind.scheduled, Morph.lemma(n))).toList();
        }
        // "X rejette les accusations de Y": the accusation was made, whatever X says of it; "nul ne peut nier que":
        // a negated denial asserts.
        boolean accusation = Syntax.isNoun(trigger) && cues.isWord(Cues.Kind.allegation, Morph.lemma(trigger));
        List<IndexedWord> deniers = governors.stream().filter(n -> cues.isWord(Cues.Kind.negatingVerb, Morph.lemma(n))).toList();
        boolean denied = !accusation && deniers.stream().anyMatch(n -> !negatedItself(g, n));
        boolean negation = cues.find(Cues.Kind.negation, scope.text()) != null
                && !(deniers.stream().allMatch(n -> negatedItself(g, n)) && !deniers.isEmpty());
        if (negation || denied || undeliveredOrder(g, trigger)) {
            return Modality.Negated;
        }
        if (any(governors, Cues.Kind.feared)) {
            return Modality.Feared;
        }
        if (any(governors, Cues.Kind.demand) || any(governors, Cues.Kind.hypothetical) || alleged(g, trigger)
                || cues.find(Cues.Kind.conditionalClause, marks(g, scope)) != null || conditional(g, scope)
                || underCondition(g, scope)) {
            return Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    /**
     * "les appareils que l'armée turque avait commandés ne lui ont jamais été livrés": an order in a relative clause
     * on what a negated transfer is about did not go through.
     */
    private boolean undeliveredOrder(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("acl:relcl")) {
            return false;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        // The noun is what the negated verb transfers, not who acts ("Alger, dont Moscou est le fournisseur, n'a pas
        // acheté de drones turcs" says nothing against Moscow's supplies).
        if (up == null || !Set.of("obj", "nsubj:pass", "obl:arg").contains(up.getRelation().toString())) {
            return false;
        }
        IndexedWord verb = up.getGovernor();
        if (!cues.isWord(Cues.Kind.delivered, Morph.lemma(verb)) && !cues.isWord(Cues.Kind.contracted, Morph.lemma(verb))) {
            return false;
        }
        return cues.find(Cues.Kind.negation, new ClauseScope(g, verb).text()) != null;
    }

    /** An adjective of long standing on the trigger noun, unless the noun is what its subject has just become. */
    private String historicalAdjective(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in != null && cues.isWord(Cues.Kind.becoming, Morph.lemma(in.getGovernor()))) {
            return null;
        }
        for (SemanticGraphEdge e : modifiers(g, trigger)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("amod") || rel.equals("advmod")) && cues.isWord(Cues.Kind.historicalSupplier, e.getDependent().word())) {
                return e.getDependent().word();
            }
        }
        return null;
    }

    /**
     * A noun's modifiers, with those placed before the first noun of its coordination, which qualify every noun of it
     * ("le premier investisseur, partenaire commercial et fournisseur en armes").
     */
    private static List<SemanticGraphEdge> modifiers(SemanticGraph g, IndexedWord noun) {
        List<SemanticGraphEdge> out = new ArrayList<>(g.outgoingEdgeList(noun));
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        if (in != null && in.getRelation().toString().equals("conj")) {
            IndexedWord first = in.getGovernor();
            g.outgoingEdgeList(first).stream().filter(e -> e.getDependent().index() < first.index()).forEach(out::add);
        }
        return out;
    }

    /**
     * "accuser Belgrade de livrer des munitions": what the accused is said to do is the accuser's claim. A gerund
     * that tells how ("accuse Berlin de prolonger la guerre en livrant des chars") states a fact the claim rests on.
     */
    private boolean alleged(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        return in != null && (in.getRelation().toString().equals("xcomp") || in.getRelation().toString().equals("acl"))
                && cues.isWord(Cues.Kind.allegation, Morph.lemma(in.getGovernor()));
    }

    private boolean any(List<IndexedWord> nodes, Cues.Kind kind) {
        return nodes.stream().anyMatch(n -> cues.isWord(kind, Morph.lemma(n)));
    }

    /** A long-standing supply told in the present with "depuis" ("fournit depuis des décennies"): it goes on. */
    private static boolean ongoing(Candidate q) {
        Morph m = Morph.of(q.trigger());
        return q.how().contains("'depuis") && m.reads("ind pres") && !m.reads("ind impa");
    }

    /**
     * "La Russie demeure le premier fournisseur du pays", "la Chine est l'un des principaux exportateurs d'armes vers
     * le Soudan": a supplier ranked first in the present supplies now, as it has for long.
     */
    private boolean leadingNow(Candidate q) {
        SemanticGraph g = q.sentence().parsed().graph();
        IndexedWord t = q.trigger();
        boolean ranked = modifiers(g, t).stream().anyMatch(e -> e.getRelation().toString().equals("amod")
                && cues.isWord(Cues.Kind.leadingSupplier, e.getDependent().word()));
        if (!ranked || !q.how().contains("(historical: '") || cues.find(Cues.Kind.historical, new ClauseScope(g, t).text()) != null
                && !ongoing(q)) {
            return false;
        }
        IndexedWord verb = Syntax.child(g, t, "cop");
        if (verb == null) {
            // "l'un des principaux fournisseurs", "est devenu ... le premier fournisseur": the verb above the noun.
            IndexedWord n = t;
            for (int i = 0; i < 2 && verb == null; i++) {
                SemanticGraphEdge in = Syntax.parentEdge(g, n);
                if (in == null || in.getRelation().toString().equals("appos")) {
                    break;
                }
                n = in.getGovernor();
                verb = Syntax.child(g, n, "cop") != null ? Syntax.child(g, n, "cop") : "VERB".equals(n.tag()) ? n : null;
            }
        }
        // An apposition has no tense of its own: "la Chine, premier fournisseur de ..." is said of now.
        if (verb == null) {
            return true;
        }
        Morph m = Morph.of(verb);
        return m.reads("ind pres") && Syntax.child(g, verb, "aux") == null && !m.reads("ind impa");
    }

    /** Whether a word is negated by its own modifiers or subject ("ne peut nier", "nul ne conteste"). */
    private boolean negatedItself(SemanticGraph g, IndexedWord n) {
        List<IndexedWord> around = new ArrayList<>();
        for (IndexedWord x = n; x != null && around.size() < 3; ) {
            around.add(x);
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            x = in != null && in.getRelation().toString().equals("xcomp") ? in.getGovernor() : null;
        }
        for (IndexedWord x : around) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                String w = Syntax.lower(e.getDependent());
                if (e.getRelation().toString().startsWith("nsubj") && (w.equals("nul") || w.equals("personne"))
                        || e.getRelation().toString().equals("advmod") && cues.find(Cues.Kind.negation, w) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "La Russie accusera l'Union de partialité si nous lui demandons ...": the event depends on a condition. */
    private boolean underCondition(SemanticGraph g, ClauseScope scope) {
        // Only an event still to come depends on its condition ("accusera ... si"); "accusant l'Italie de complicité si
        // elle n'extradait pas" states the accusation made, the condition is part of what it says.
        IndexedWord trigger = scope.chain().get(0);
        boolean toCome = Morph.of(trigger).future() || Morph.of(trigger).conditional() || Morph.of(trigger).infinitive()
                || g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                        && (Morph.of(e.getDependent()).future() || Morph.of(e.getDependent()).conditional()));
        if (!toCome) {
            return false;
        }
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().equals("advcl") && e.getDependent().index() > n.index()) {
                    SemanticGraphEdge mark = Syntax.childEdge(g, e.getDependent(), "mark");
                    if (mark != null && Syntax.lower(mark.getDependent()).equals("si")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The subordinators of the predicates in scope with their modifiers ("si", "même si", "au cas où"). */
    private static String marks(SemanticGraph g, ClauseScope scope) {
        StringBuilder sb = new StringBuilder();
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().equals("mark")) {
                    IndexedWord m = e.getDependent();
                    IndexedWord before = g.getNodeByIndexSafe(m.index() - 1);
                    if (before != null && before.index() > 0) {
                        sb.append(Syntax.lower(before)).append(' ');
                    }
                    sb.append(Syntax.lower(m)).append(" | ");
                }
            }
        }
        return sb.toString();
    }

    /**
     * A predicate in the conditional ("livrerait", "aurait livré") hedges the event, unless it reports, under a
     * verb of saying in the past, what was announced ("Moscou a annoncé qu'il livrerait"): the future in the past.
     */
    private boolean conditional(SemanticGraph g, ClauseScope scope) {
        for (int i = 0; i < scope.chain().size(); i++) {
            IndexedWord n = scope.chain().get(i);
            boolean cond = Morph.of(n).conditional();
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().startsWith("aux") && Morph.of(e.getDependent()).conditional()) {
                    cond = true;
                }
            }
            if (cond) {
                boolean reported = i + 1 < scope.chain().size() && cues.isWord(Cues.Kind.speech, Morph.lemma(scope.chain().get(i + 1)))
                        && !Morph.of(scope.chain().get(i + 1)).conditional();
                return !reported;
            }
        }
        return false;
    }

    private TransferStatus status(ClauseScope scope, IndexedWord trigger) {
        List<IndexedWord> governors = scope.chain().subList(1, scope.chain().size());
        if (any(governors, Cues.Kind.cancelled)) {
            return TransferStatus.Cancelled;
        }
        if (any(governors, Cues.Kind.negotiating)) {
            return TransferStatus.Negotiating;
        }
        if (any(governors, Cues.Kind.scheduled)) {
            return TransferStatus.Contracted;
        }
        String lemma = Morph.lemma(trigger);
        if (cues.isWord(Cues.Kind.delivered, lemma)) {
            return TransferStatus.Delivered;
        }
        if (cues.isWord(Cues.Kind.contracted, lemma)) {
            return TransferStatus.Contracted;
        }
        return TransferStatus.Unspecified;
    }

    /** The cue that makes a transfer a long-standing supply, or null. */
    private String historicalCue(SemanticGraph g, ClauseScope scope, IndexedWord trigger) {
        String cue = cues.find(Cues.Kind.historical, scope.text());
        if (cue != null && !(cue.startsWith("depuis") && superlative(g, scope))) {
            return cue;
        }
        Morph m = Morph.of(trigger);
        if (m.simplePast()) {
            // The passé simple narrates history ("la France vendit", "Londres obtint").
            return "passé simple";
        }
        if (m.imperfect() && Arguments.isVerbal(g, trigger)) {
            // The imperfect of a transfer tells a supply that went on ("l'URSS équipait la Somalie").
            return "imperfect";
        }
        return null;
    }

    /**
     * "constitue le plus important contrat de l'avionneur depuis dix ans": after a superlative, "depuis" measures
     * the span of the comparison, not how long the supply has lasted.
     */
    private static boolean superlative(SemanticGraph g, ClauseScope scope) {
        for (IndexedWord n : scope.chain().subList(1, scope.chain().size())) {
            for (IndexedWord c : g.getChildren(n)) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(c)) {
                    IndexedWord a = e.getDependent();
                    IndexedWord degree = Syntax.child(g, a, "advmod");
                    if (e.getRelation().toString().equals("amod") && degree != null
                            && Set.of("plus", "moins").contains(Syntax.lower(degree))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "l'Irak de Saddam Hussein, armé par la France", "la Somalie de Siad Barre": a state named by its ruler's regime
     * dates the transfer to that regime, when the transfer has no tense of its own (a participle without auxiliary,
     * a noun).
     */
    private static String regime(SemanticGraph g, Candidate c) {
        IndexedWord t = c.trigger();
        boolean tensed = Syntax.child(g, t, "aux") != null || Syntax.child(g, t, "aux:pass") != null
                || "VERB".equals(t.tag()) && !Morph.of(t).is("ppa");
        if (tensed) {
            return null;
        }
        for (ActorResolver.Resolved party : java.util.Arrays.asList(c.from(), c.to())) {
            IndexedWord n = party == null ? null : party.node();
            if (n == null) {
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord ruler = e.getDependent();
                String ner = c.sentence().corenlpNer(ruler.index());
                if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, ruler, Set.of("de", "d'", "d’"))
                        && ner != null && ner.endsWith("PER")) {
                    return "de " + ruler.word();
                }
            }
        }
        return null;
    }

    /** Who asserts the event: the subject of a verb of saying that governs it, or the object of "selon". */
    private Actor attribution(LinkedSentence s, ClauseScope scope) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                boolean selon = Syntax.hasCaseOrMark(g, d, Set.of("selon"));
                boolean speaker = rel.equals("nsubj") && cues.isWord(Cues.Kind.speech, Morph.lemma(n));
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
}
