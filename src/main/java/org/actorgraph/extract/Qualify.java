package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Stage "qualify": reads, in the clause around each candidate's trigger, whether the text asserts, negates,
 * hedges, asks for or fears it (modality), how far a transfer has gone (status), whether a transfer is a
 * long-standing supply (for frames with the historical-cue option), and on whose word it is reported.
 */
public final class Qualify {
    /** Relations from a noun of the theme up to the theme's head (« en roquettes et en missiles acheminés par … »). */
    private static final Set<String> THROUGH_THEME = Set.of("conj", "nmod");
    private static final Set<String> NE = Set.of("ne", "n'", "n’");
    private static final Set<String> OBJECT_NEGATIONS = Set.of("plus", "pas", "guère", "point", "jamais");
    private static final Set<String> KNOWN_DETERMINERS = FrenchWords.list("definite-or-demonstrative");

    private final Cues cues;
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;
    private final LongStanding history;
    private final Conditions conditions;

    /** Nouns of a transfer (french-words transfer-noun), which « aucune » or « sans » denies ({@link #noTransferAfter}). */
    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> ARRIVAL_VERBS = FrenchWords.list("arrival-verb");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");

    public Qualify(Cues cues, Gazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
        this.history = new LongStanding(cues);
        this.conditions = new Conditions(cues);
    }

    public Extraction apply(Extraction x) {
        List<Candidate> out = new ArrayList<>(x.candidates().size());
        Integer referenceYear = Era.writtenIn(x.document().document());
        for (Candidate c : x.candidates()) {
            Candidate q = qualify(c, referenceYear);
            out.add(q);
            if (q.relation() != Relation.ARMED_HISTORICALLY || c.relation() != Relation.SELLS_ARMS_TO || c.frame().has(Frame.Option.holding)) {
                continue;
            }
            boolean imperfect = history.transfersInImperfect(c, q);
            boolean until = history.namedTransfersUntil(c, q);
            // « Sous sa présidence, l'Union soviétique devient le principal fournisseur »: a state that has ceased to be
            // supplies no one now, and the sentence tells no transfer of its own
            Actor supplier = gazetteer.accountable(c.from().actor());
            boolean ended = supplier != null && referenceYear != null && gazetteer.endedBy(supplier, referenceYear);
            if ((LongStanding.ongoing(q) || history.leadingNow(q, referenceYear) || history.became(q)) && !ended || imperfect || until) {
                // "le Royaume-Uni, qui fournit depuis des décennies ses avions de combat à la monarchie saoudienne":
                // a supply that has lasted and goes on is both a long-standing one and a current one.
                Candidate current = qualify(c, referenceYear);
                out.add(new Candidate(c.frame(), Relation.SELLS_ARMS_TO, c.sentence(), c.trigger(), c.from(), c.to(),
                        c.weapons(), current.modality(), status(new ClauseScope(c.sentence().parsed().graph(), c.trigger()),
                        c.trigger(), c.sentence().parsed().graph()), current.accordingTo(), c.how() + (imperfect ? " (and the transfers the imperfect tells)"
                        : until ? " (and the transfers it names)" : " (and still going on)")));
            }
        }
        return new Extraction(x.document(), out, x.traces());
    }

    private Candidate qualify(Candidate c, Integer referenceYear) {
        SemanticGraph g = c.sentence().parsed().graph();
        ClauseScope scope = new ClauseScope(g, c.trigger());
        Modality modality = modality(g, scope, c.trigger(), c.relation() == Relation.SELLS_ARMS_TO);
        Relation relation = c.relation();
        TransferStatus status = null;
        String note = "";
        if (relation == Relation.SELLS_ARMS_TO) {
            // « Washington a longtemps gelé la vente de F-35 »: a transfer blocked or still negotiated armed no one,
            // however long it went on
            TransferStatus own = status(scope, c.trigger(), g);
            boolean unrealised = own == TransferStatus.Cancelled || own == TransferStatus.Negotiating;
            String historical = unrealised ? null : historical(c, g, scope, referenceYear);
            if (historical != null) {
                relation = Relation.ARMED_HISTORICALLY;
                note = " (historical: '" + historical + "')";
            } else {
                status = own;
            }
        }
        return c.qualified(relation, modality, status, attribution(c.sentence(), scope), note);
    }

    /** What makes a transfer a long-standing supply (a cue, a ruler's regime, an adjective on the trigger), or null. */
    private String historical(Candidate c, SemanticGraph g, ClauseScope scope, Integer referenceYear) {
        String historical = c.frame().has(Frame.Option.historicalCue) ? history.historicalCue(g, scope, c.trigger(), referenceYear) : null;
        if (historical == null && c.frame().has(Frame.Option.historicalCue)) {
            historical = Regimes.of(g, scope, c);
            historical = historical != null ? historical : history.sinceThen(c.sentence(), g, c.trigger(), referenceYear);
        }
        boolean supplierNoun = c.frame().has(Frame.Option.historicalAdjective);
        if (historical == null && (supplierNoun || c.frame().has(Frame.Option.standingAdjective))) {
            historical = history.historicalAdjective(g, c.trigger(), referenceYear, supplierNoun);
        }
        return historical;
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
        List<IndexedWord> governors = new ArrayList<>(scope.chain().subList(1, scope.chain().size()));
        for (int i = 1; i < scope.chain().size(); i++) {
            if ("parmi".equals(Syntax.caseWord(g, scope.chain().get(i - 1)))) {
                // "l'Irak compte parmi les meilleurs clients": one among them, not an intention.
                governors.remove(scope.chain().get(i));
            }
        }
        if (transfer) {
            governors = governors.stream().filter(n -> !cues.isWord(Cues.Kind.scheduled, Morph.lemma(n))).toList();
        }
        governors = governors.stream().filter(n -> !nounSpelledAsVerb(g, n) && !necessityMet(g, n)).toList();
        // « il faut rappeler que la France a livré », « on peut dire que »: what is above an infinitive of saying
        // bears on the saying, not on what is said
        for (int i = 0; i < governors.size(); i++) {
            IndexedWord n = governors.get(i);
            if (Morph.of(n).infinitive() && cues.isWord(Cues.Kind.speech, Morph.lemma(n))) {
                governors = governors.subList(0, i + 1);
                break;
            }
        }
        // "X rejette les accusations de Y": the accusation was made, whatever X says of it; "nul ne peut nier que":
        // a negated denial asserts.
        boolean accusation = Syntax.isNoun(trigger) && cues.isWord(Cues.Kind.allegation, Morph.lemma(trigger));
        List<IndexedWord> own = scope.ownChain();
        List<IndexedWord> deniers = governors.stream().filter(n -> own.contains(n) && cues.isWord(Cues.Kind.negatingVerb, Morph.lemma(n))).toList();
        boolean denied = !accusation && deniers.stream().anyMatch(n -> !negatedItself(g, n));
        boolean negation = (cues.find(Cues.Kind.negation, scope.ownText()) != null || negatedSubject(g, trigger)
                || negatedObject(g, trigger))
                && !(deniers.stream().allMatch(n -> negatedItself(g, n)) && !deniers.isEmpty());
        if (negation || denied || undeliveredOrder(g, trigger) || refusedOffer(g, trigger) || neverDelivered(g, trigger)
                || unproven(g, scope) || transfer && noTransferAfter(g, trigger)) {
            return Modality.Negated;
        }
        List<IndexedWord> planners = withoutParticipleHosts(g, scope.chain(), governors);
        if (any(planners, Cues.Kind.feared)) {
            return Modality.Feared;
        }
        if (any(planners, Cues.Kind.demand) || any(planners, Cues.Kind.hypothetical) || plannedBySubject(g, planners)
                || hedgedNoun(g, trigger) || alleged(g, trigger)
                || hearsay(g, scope)
                || conditions.hypothetical(g, scope)) {
            return transfer && deliveredAtADate(g, trigger) ? Modality.Asserted : Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    /**
     * « Maurice avait dû attaquer le Royaume-Uni devant un tribunal », « Londres dut céder »: « devoir » in a past
     * tense says what one had to do and did, not what one means to (« doit », « devrait »).
     */
    private boolean necessityMet(SemanticGraph g, IndexedWord n) {
        if (!cues.isWord(Cues.Kind.scheduled, Morph.lemma(n)) || !"VERB".equals(n.tag())) {
            return false;
        }
        Morph m = Morph.of(n);
        return m.pastParticiple() && Syntax.child(g, n, "aux") != null || m.simplePast();
    }

    /**
     * « Paris dépêche avions de transport et hélicoptères …, un geste de soutien qui ne s'accompagne d'aucune cession
     * d'armement », « Washington dépêche deux groupes aéronavals, sans livraison supplémentaire »: a verb whose sentence
     * goes on to say that no transfer came with it (« aucune » or « sans » on a transfer noun after it, in what is said of
     * its clause) moved no arms.
     */
    private static boolean noTransferAfter(SemanticGraph g, IndexedWord trigger) {
        if (!"VERB".equals(trigger.tag())) {
            return false;
        }
        for (IndexedWord n : g.vertexSet()) {
            if (n.index() <= trigger.index() || !Syntax.isNoun(n) || !TRANSFER_NOUNS.contains(Morph.lemma(n))) {
                continue;
            }
            IndexedWord det = Syntax.child(g, n, "det");
            if ((det != null && Syntax.lower(det).startsWith("aucun") || "sans".equalsIgnoreCase(Syntax.caseWord(g, n)))
                    && saidOf(g, n, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase is part of the trigger's clause or of what is said of it (an apposition, a relative on it), not
     * of a clause coordinated with it (« ; le contrat … n'a donné lieu à aucune livraison »).
     */
    private static boolean saidOf(SemanticGraph g, IndexedWord phrase, IndexedWord trigger) {
        IndexedWord n = phrase;
        for (int i = 0; i < 12; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null || in.getRelation().toString().equals("conj") || in.getRelation().toString().equals("parataxis")) {
                return false;
            }
            n = in.getGovernor();
            if (n.equals(trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * « Rosvooroujenie s'engageait à fournir des BMP-3 et des lance-roquettes Smertch, livrés au milieu de la décennie »:
     * what a promised or planned transfer moves, said to have been delivered at a date, was transferred.
     */
    private boolean deliveredAtADate(SemanticGraph g, IndexedWord trigger) {
        IndexedWord object = Syntax.child(g, trigger, "obj");
        if (object == null) {
            return false;
        }
        List<IndexedWord> moved = new ArrayList<>(List.of(object));
        g.outgoingEdgeList(object).stream().filter(e -> e.getRelation().toString().equals("conj")).forEach(e -> moved.add(e.getDependent()));
        for (IndexedWord noun : moved) {
            for (SemanticGraphEdge p : g.outgoingEdgeList(noun)) {
                IndexedWord participle = p.getDependent();
                if (p.getRelation().toString().equals("acl") && Morph.of(participle).pastParticiple()
                        && cues.isWord(Cues.Kind.delivered, Morph.lemma(participle))
                        && cues.find(Cues.Kind.negation, new ClauseScope(g, participle).ownText()) == null && dated(g, participle)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a verb has a time phrase: a year, or a time noun (« au milieu de la décennie »). */
    private static boolean dated(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("obl"))
                .flatMap(e -> g.descendants(e.getDependent()).stream())
                .anyMatch(w -> ClauseScope.YEAR.matcher(w.word()).matches() || TIME_NOUNS.contains(Morph.lemma(w)));
    }

    /**
     * « Le projet prévoyait de céder aux Américains des équipements »: the verb right above the trigger has a plan, an
     * offer or an intention for its subject, so what it says will happen is only planned.
     */
    private boolean plannedBySubject(SemanticGraph g, List<IndexedWord> planners) {
        IndexedWord verb = planners.isEmpty() ? null : planners.get(0);
        IndexedWord subject = verb == null || !"VERB".equals(verb.tag()) ? null : Syntax.child(g, verb, "nsubj");
        return subject != null && Syntax.isNoun(subject) && cues.isWord(Cues.Kind.hypothetical, Morph.lemma(subject));
    }

    /**
     * "une éventuelle vente de F-16", "la prétendue livraison", "la livraison, promise par Moscou, de chasseurs": a
     * noun trigger whose own adjective or participle hedges it.
     */
    private boolean hedgedNoun(SemanticGraph g, IndexedWord trigger) {
        return Syntax.isNoun(trigger) && g.outgoingEdgeList(trigger).stream().anyMatch(e -> (e.getRelation().toString().equals("amod")
                || e.getRelation().toString().equals("acl") && Morph.of(e.getDependent()).pastParticiple())
                && cues.isWord(Cues.Kind.hypothetical, Morph.lemma(e.getDependent())));
    }

    /**
     * "les appareils que l'armée turque avait commandés ne lui ont jamais été livrés", « les chars Leopard 1 que les
     * Pays-Bas devaient céder au Botswana ne seront jamais livrés »: an order in a relative clause on what a negated
     * transfer is about did not go through.
     */
    private boolean undeliveredOrder(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in != null && in.getRelation().toString().equals("xcomp")) {
            in = Syntax.parentEdge(g, in.getGovernor()); // « les chars que les Pays-Bas devaient céder au Botswana »
        }
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

    /**
     * « La Russie avait offert en 2008 dix MiG-29, jamais livrés »: a negated delivery participle on what the trigger
     * transfers says that it never arrived.
     */
    private boolean neverDelivered(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            if (!e.getRelation().toString().matches("obj|nsubj:pass|obl:arg")) {
                continue;
            }
            for (SemanticGraphEdge p : g.outgoingEdgeList(e.getDependent())) {
                IndexedWord verb = p.getDependent();
                // « se procurer des MiG-21, qui ne vinrent jamais »: or a negated relative clause of arrival
                boolean participle = p.getRelation().toString().equals("acl") && Morph.of(verb).pastParticiple()
                        && cues.isWord(Cues.Kind.delivered, Morph.lemma(verb));
                boolean arrival = p.getRelation().toString().equals("acl:relcl") && ARRIVAL_VERBS.contains(Morph.lemma(verb));
                if ((participle || arrival) && cues.find(Cues.Kind.negation, new ClauseScope(g, verb).ownText()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "l'armée avait décliné les dix MiG-29 offerts par Moscou", « Canberra déchirait le contrat signé avec Naval Group »:
     * a transfer told by a participle on what was refused or cancelled.
     */
    private boolean refusedOffer(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("acl") || !Morph.of(trigger).pastParticiple()) {
            return false;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        String verb = up == null ? null : Morph.lemma(up.getGovernor());
        return up != null && up.getRelation().toString().equals("obj") && "VERB".equals(up.getGovernor().tag())
                && (cues.isWord(Cues.Kind.negatingVerb, verb) || cues.isWord(Cues.Kind.cancelled, verb));
    }

    /**
     * "accuser Belgrade de livrer des munitions": what the accused is said to do is the accuser's claim. A gerund
     * that tells how ("accuse Berlin de prolonger la guerre en livrant des chars") states a fact the claim rests on.
     */
    private boolean alleged(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in != null && in.getRelation().toString().equals("acl") && Morph.of(trigger).pastParticiple()
                && !Syntax.precededBy(g, Syntax.phraseStart(g, trigger), ",") && !knownThing(g, in.getGovernor(), trigger)) {
            // « accuse l'Iran d'approvisionner le Hezbollah en missiles acheminés par la Syrie »: a participle on what
            // an alleged transfer transfers is alleged with it (not one between commas, which tells a known fact:
            // « d'avoir laissé des obus, livrés par la Corée du Nord, exploser »; nor one on a definite noun, which
            // the claim takes as known: « reprochent à la Turquie d'avoir réceptionné les S-400 achetés à la Russie »)
            SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
            while (up != null && THROUGH_THEME.contains(up.getRelation().toString())) {
                up = Syntax.parentEdge(g, up.getGovernor());
            }
            if (up != null && (up.getRelation().toString().startsWith("obl") || up.getRelation().toString().equals("obj"))) {
                IndexedWord verb = up.getGovernor();
                if ("VERB".equals(verb.tag()) && !verb.equals(trigger) && alleged(g, verb)) {
                    return true;
                }
            }
        }
        // « accuse l'Iran de s'implanter en Syrie et d'y acheminer des armes »: each infinitive of the claim.
        // « d'avoir armé la Géorgie, et même d'avoir fourni … »: or a past infinitive
        while (in != null && in.getRelation().toString().equals("conj")
                && (Morph.of(in.getDependent()).infinitive() || Syntax.child(g, in.getDependent(), "mark") != null)) {
            in = Syntax.parentEdge(g, in.getGovernor());
        }
        // « accuse Belgrade de laisser ses industriels livrer des munitions »: or of an infinitive that is the claim's
        while (in != null && in.getRelation().toString().equals("xcomp") && Morph.of(in.getGovernor()).infinitive()
                && !cues.isWord(Cues.Kind.allegation, Morph.lemma(in.getGovernor()))) {
            in = Syntax.parentEdge(g, in.getGovernor());
        }
        return in != null && (in.getRelation().toString().equals("xcomp") || in.getRelation().toString().equals("acl"))
                && cues.isWord(Cues.Kind.allegation, Morph.lemma(in.getGovernor()));
    }

    /**
     * « les S-400 », « ces missiles »: a noun whose determiner takes what it names as known, and which its participle
     * agrees with (not « l'armée syrienne de drones acheminés », the participle hung on the wrong noun).
     */
    private static boolean knownThing(SemanticGraph g, IndexedWord noun, IndexedWord participle) {
        IndexedWord det = Syntax.child(g, noun, "det");
        return det != null && KNOWN_DETERMINERS.contains(Syntax.lower(det)) && Syntax.agrees(noun, participle);
    }

    /**
     * « a engagé contre l'Allemagne une procédure, lui reprochant de faciliter … », « par une demande reconventionnelle,
     * accusant à son tour Zagreb »: a present participle hung on a word tells an act done beside it, not one that word
     * plans, fears or asks for, so the word it hangs on does not make it hypothetical (negation still reaches it).
     */
    private static List<IndexedWord> withoutParticipleHosts(SemanticGraph g, List<IndexedWord> chain, List<IndexedWord> governors) {
        List<IndexedWord> out = new ArrayList<>(governors);
        for (int i = 1; i < chain.size(); i++) {
            IndexedWord below = chain.get(i - 1);
            SemanticGraphEdge in = g.getEdge(chain.get(i), below);
            if (in != null && in.getRelation().toString().matches("acl|advcl") && Morph.of(below).presentParticiple()) {
                out.remove(chain.get(i));
            }
        }
        return out;
    }

    /**
     * « un conseiller du ministre, rappelant que l'URSS a équipé l'armée polonaise »: a noun spelled like an
     * infinitive is a person or a thing, not the verb of that spelling, which is the cue (the
     * nouns among the cues, « projet », « offre », « crainte », never end like an infinitive).
     */
    private static boolean nounSpelledAsVerb(SemanticGraph g, IndexedWord n) {
        String lemma = Morph.lemma(n);
        // with its determiner: an infinitive the tagger took for a noun has none
        return Syntax.isNoun(n) && (lemma.endsWith("er") || lemma.endsWith("ir")) && Syntax.child(g, n, "det") != null;
    }

    private boolean any(List<IndexedWord> nodes, Cues.Kind kind) {
        return nodes.stream().anyMatch(n -> cues.isWord(kind, Morph.lemma(n)));
    }

    /**
     * « il ne vendra plus d'armes à Israël », « ne livre pas de chars »: « ne » on the verb, and the rest of the
     * negation taken for the determiner of its object (« plus d' » read as a quantity).
     */
    private static boolean negatedObject(SemanticGraph g, IndexedWord verb) {
        IndexedWord object = Syntax.child(g, verb, "obj");
        IndexedWord det = object == null ? null : Syntax.child(g, object, "det");
        return det != null && OBJECT_NEGATIONS.contains(Syntax.lower(det)) && neOn(g, verb);
    }

    /** Whether « ne » (« n' ») modifies the verb. */
    private static boolean neOn(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().equals("advmod") && NE.contains(Syntax.lower(e.getDependent())));
    }

    /**
     * « pas une arme hongroise ne partira vers Kiev »: « ne » on the verb, and the negation that goes with it right before
     * the subject, where the parser may hang it on another clause.
     */
    private boolean negatedSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        subject = subject != null ? subject : Syntax.child(g, verb, "nsubj:pass");
        boolean hasNe = neOn(g, verb);
        IndexedWord before = subject == null ? null : g.getNodeByIndexSafe(Syntax.phraseStart(g, subject) - 1);
        return hasNe && before != null && cues.find(Cues.Kind.negation, Syntax.lower(before)) != null;
    }

    /**
     * « Moscou, paraît-il, a livré des chars », « Pékin, dit-on, fournit des drones »: an insert on the trigger's clause
     * that hands on hearsay, with its subject inverted after it (« dire » only with « on »).
     */
    private boolean hearsay(SemanticGraph g, ClauseScope scope) {
        List<IndexedWord> own = scope.ownChain();
        for (IndexedWord insert : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, insert);
            IndexedWord next = g.getNodeByIndexSafe(insert.index() + 1);
            String lemma = Morph.lemma(insert);
            if (in == null || next == null || !cues.isWord(Cues.Kind.hearsay, lemma) || !Syntax.precededBy(g, insert.index(), ",")) {
                continue;
            }
            String inverted = Syntax.invertedPronoun(next.word());
            String pronoun = inverted != null ? inverted : Syntax.lower(next).replaceFirst("^-", "");
            boolean afterVerb = Set.of("il", "elle", "on").contains(pronoun) && (!Set.of("dire", "raconter").contains(lemma) || pronoun.equals("on"));
            // on the clause, or on its subject where the parser hung it (« Paris, dit-on, a vendu »)
            IndexedWord host = in.getGovernor();
            SemanticGraphEdge hostIn = Syntax.parentEdge(g, host);
            boolean onClause = own.contains(host) || hostIn != null && hostIn.getRelation().toString().startsWith("nsubj")
                    && own.contains(hostIn.getGovernor());
            if (afterVerb && onClause) {
                return true;
            }
        }
        return false;
    }

    /**
     * « Je n'ai vu aucune preuve qu'une arme ait été livrée », « il n'y a pas trace que … »: the trigger's clause says what a
     * denied noun of evidence would prove.
     */
    private boolean unproven(SemanticGraph g, ClauseScope scope) {
        List<IndexedWord> chain = scope.chain();
        // « rien ne prouve que la Chine ait livré »: a verb of evidence denied by its subject
        if (chain.subList(1, chain.size()).stream().anyMatch(v -> "VERB".equals(v.tag()) && cues.isWord(Cues.Kind.evidence, Morph.lemma(v))
                && negatedItself(g, v))) {
            return true;
        }
        // « il a affirmé, sans preuve, que le Bénin aurait acquis des drones », « sans apporter la moindre preuve »: what is
        // said without evidence
        if (chain.subList(1, chain.size()).stream().anyMatch(v -> "VERB".equals(v.tag()) && saidWithoutEvidence(g, v))) {
            return true;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, chain.get(chain.size() - 1));
        IndexedWord noun = in == null ? null : in.getGovernor();
        return noun != null && Syntax.isNoun(noun) && cues.isWord(Cues.Kind.evidence, Morph.lemma(noun))
                && in.getRelation().toString().matches("acl(:relcl)?|ccomp")
                && cues.find(Cues.Kind.negation, new ClauseScope(g, noun).ownText()) != null;
    }

    /** Whether a verb has « sans preuve » or « sans apporter de preuve » among its adjuncts. */
    private boolean saidWithoutEvidence(SemanticGraph g, IndexedWord verb) {
        for (IndexedWord c : g.getChildren(verb)) {
            if (!Syntax.hasCaseOrMark(g, c, Set.of("sans"))) {
                continue;
            }
            if (Syntax.isNoun(c) && cues.isWord(Cues.Kind.evidence, Morph.lemma(c))) {
                return true;
            }
            if ("VERB".equals(c.tag()) && g.getChildren(c).stream().anyMatch(o -> Syntax.isNoun(o) && cues.isWord(Cues.Kind.evidence, Morph.lemma(o)))) {
                return true;
            }
        }
        return false;
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
                if (e.getRelation().toString().startsWith("nsubj") && (w.equals("nul") || w.equals("personne") || w.equals("rien"))
                        || e.getRelation().toString().equals("advmod") && cues.find(Cues.Kind.negation, w) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private TransferStatus status(ClauseScope scope, IndexedWord trigger, SemanticGraph g) {
        List<IndexedWord> governors = new ArrayList<>(scope.chain().subList(1, scope.chain().size()));
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (Syntax.isNoun(trigger) && in != null && SUBJECT.contains(in.getRelation().toString())) {
            // « l'achat de trente-six obusiers israéliens est resté gelé »: what the verb of a subject noun says it stayed
            g.outgoingEdgeList(in.getGovernor()).stream().filter(e -> e.getRelation().toString().equals("xcomp"))
                    .forEach(e -> governors.add(e.getDependent()));
        }
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

    /** Who asserts the event: the subject of a verb of saying that governs it, or the object of "selon". */
    private Actor attribution(LinkedSentence s, ClauseScope scope) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                IndexedWord d = e.getDependent();
                String rel = e.getRelation().toString();
                boolean selon = Syntax.hasCaseOrMark(g, d, FrenchWords.list("according-case"));
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
