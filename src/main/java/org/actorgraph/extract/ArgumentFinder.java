package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Finds an argument that a rule could not see locally: the understood subject of an infinitive, a
 * participle or a coordinated verb ("Pékin a dénoncé ..., accusant Washington"; "le Royaume-Uni a confirmé
 * avoir livré"; "reprochant à Israël de continuer à livrer"), and what a subject pronoun stands for.
 */
final class ArgumentFinder {
    private static final int MAX_CLIMB = 4;

    private final Cues cues;

    ArgumentFinder(Cues cues) {
        this.cues = cues;
    }

    private static final Set<String> CLITIC_OBJECTS = FrenchWords.list("clitic-object");
    private static final Set<String> PERCEPTION_VERBS = FrenchWords.list("perception-verb");

    static boolean isCliticObject(SemanticGraph g, IndexedWord w) {
        return CLITIC_OBJECTS.contains(Syntax.lower(w)) && ("PRON".equals(w.tag())
                || g.getChildren(w).isEmpty() && g.getIncomingEdgesSorted(w).stream()
                        .anyMatch(e -> e.getRelation().toString().equals("obj")));
    }

    /** What an object clitic of a participle stands for: "a mis en cause Ankara, l'accusant de ..." → Ankara. */
    IndexedWord cliticAntecedent(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        if (in == null) {
            return null;
        }
        String rel = in.getRelation().toString();
        if (rel.equals("acl")) {
            return in.getGovernor();
        }
        if (rel.equals("advcl") || rel.equals("conj")) {
            return Syntax.child(g, in.getGovernor(), "obj");
        }
        return null;
    }

    /** The node that is the understood subject of a verb, or null. */
    IndexedWord understoodSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord node = verb;
        for (int i = 0; i < MAX_CLIMB; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, node);
            if (in == null) {
                return null;
            }
            String rel = in.getRelation().toString();
            IndexedWord gov = in.getGovernor();
            if (rel.equals("acl") && Syntax.isPresentParticiple(node)) {
                // "a mis en cause Ankara, l'accusant de ...": the parser hangs the participle on the noun before it;
                // "X a été le principal fournisseur de Y, lui livrant ...": or on the attribute, whose subject it shares.
                IndexedWord own = Syntax.child(g, gov, "nsubj");
                if (Syntax.isCleftFocus(g, gov)) {
                    // « C'est le Cameroun qui a saisi la Cour …, accusant Abuja »: the focus of the cleft does both
                    return gov;
                }
                if (own != null && Syntax.child(g, gov, "cop") != null) {
                    return own;
                }
                SemanticGraphEdge up = Syntax.parentEdge(g, gov);
                // "annoncé le rappel de leurs ambassadeurs en Algérie, accusant Alger": up through the nouns.
                for (int k = 0; k < 3 && up != null && Syntax.isNoun(up.getGovernor())
                        && Syntax.child(g, up.getGovernor(), "nsubj") == null; k++) {
                    up = Syntax.parentEdge(g, up.getGovernor());
                }
                if (up == null) {
                    return null;
                }
                gov = up.getGovernor();
                SemanticGraphEdge clause = Syntax.parentEdge(g, gov);
                if (clause != null && clause.getRelation().toString().equals("advcl") && Syntax.child(g, gov, "mark") != null
                        && Syntax.precededBy(g, node.index(), ",")) {
                    // « a rappelé son ambassadeur après que Nairobi a accueilli la signature …, reprochant au Kenya »: set
                    // off at the end, the participle is said of the main clause, not of the subordinate one its noun is in
                    node = gov;
                    continue;
                }
                IndexedWord subject = Syntax.child(g, gov, "nsubj");
                if (subject != null) {
                    return subject;
                }
                node = gov;
                continue;
            }
            if (rel.equals("acl") && "PRON".equals(gov.tag()) && Syntax.hasCaseOrMark(g, node, Set.of("à"))
                    && Syntax.child(g, gov, "cop") != null && Syntax.child(g, gov, "nsubj") != null
                    && g.outgoingEdgeList(gov).stream().anyMatch(e -> e.getRelation().toString().equals("nmod") && ranked(g, e.getDependent()))) {
                // « la Pologne fut l'un des premiers pays à livrer »: the parser hangs the infinitive on « l'un » itself
                return Syntax.child(g, gov, "nsubj");
            }
            if (rel.equals("acl") && Syntax.isNoun(gov)) {
                // "les premiers pays à nous avoir remis des chars": the one ranked first is who did it.
                if (Syntax.hasCaseOrMark(g, node, Set.of("à")) && ranked(g, gov)) {
                    // "la Pologne a été le premier pays de l'OTAN à livrer": the attribute's subject, not its complement
                    // « le Botswana est l'un des rares pays à condamner »: the attribute is « l'un » of those nouns
                    SemanticGraphEdge of = Syntax.parentEdge(g, gov);
                    IndexedWord attribute = of != null && of.getRelation().toString().equals("nmod") && "PRON".equals(of.getGovernor().tag())
                            && Syntax.child(g, of.getGovernor(), "cop") != null ? of.getGovernor() : gov;
                    IndexedWord own = Syntax.child(g, attribute, "cop") == null ? null : Syntax.child(g, attribute, "nsubj");
                    return own != null ? own : gov;
                }
                // "la décision de Berlin d'envoyer des chars", "sa décision de livrer": the noun's agent.
                return agentOfNoun(g, gov);
            }
            if (rel.equals("advcl") && isGerundAfterControlledVerb(g, node, gov)) {
                // "A accuse B de X en armant C": the parser hangs the gerund on "accuse", but it tells how B does X.
                IndexedWord controller = objectOf(g, gov);
                if (controller != null) {
                    return controller;
                }
            }
            // "a reproché à la Serbie d'avoir envoyé": the parser may hang the "de" infinitive as an adjunct.
            // "ce qui a valu à la Belgique d'être accusée": or as a clausal complement.
            // "accuse la Russie, vidéo à l'appui, d'avoir engagé": or, after an insert, as a conjunct without conjunction.
            // "la livraison valut à La Haye d'être accusée": or as a clause on the verb.
            boolean deInfinitive = (rel.equals("advcl") || rel.equals("ccomp") || rel.equals("acl") && "VERB".equals(gov.tag())
                    || rel.equals("conj") && Syntax.child(g, node, "cc") == null)
                    && Syntax.hasCaseOrMark(g, node, FrenchWords.list("de-case"));
            if (rel.equals("xcomp") || deInfinitive) {
                IndexedWord object = Syntax.child(g, gov, "obj");
                if (object != null && object.index() < node.index() && cues.isWord(Cues.Kind.decisionNoun, Morph.lemma(object))) {
                    // "a dénoncé la décision de Berlin d'envoyer": the parser hangs the infinitive on the verb.
                    return agentOfNoun(g, object);
                }
                if (objectControls(gov)) {
                    IndexedWord controller = objectOf(g, gov);
                    if (controller != null) {
                        return controller;
                    }
                }
            } else if (!rel.equals("advcl") && !rel.equals("conj") && !rel.equals("ccomp")) {
                return null;
            }
            SemanticGraphEdge up = rel.equals("advcl") && Syntax.isNoun(gov) ? Syntax.parentEdge(g, gov) : null;
            if (up != null && "VERB".equals(up.getGovernor().tag()) && up.getRelation().toString().matches("obj|obl.*")) {
                // "a exposé des débris de missiles pour mettre en cause Téhéran": a purpose clause hung on the object.
                gov = up.getGovernor();
            }
            IndexedWord done = rel.equals("advcl") && "PRON".equals(gov.tag()) && Syntax.child(g, gov, "cop") != null
                    ? Syntax.child(g, gov, "acl:relcl") : null;
            IndexedWord doer = done == null ? null : Syntax.child(g, done, "nsubj");
            if (doer != null && Syntax.isNoun(doer)) {
                // « C'est ce qu'a fait le Maroc, en accusant l'Algérie »: the gerund on the cleft is what its relative's subject did
                return doer;
            }
            IndexedWord subject = rel.equals("conj") ? nearestConjunctSubject(g, gov, node) : null;
            if (subject == null) {
                subject = Syntax.child(g, gov, "nsubj");
            }
            if (subject == null && (rel.equals("conj") || rel.equals("advcl"))) {
                // "qui s'en est pris à X et a accusé Y", "s'en est pris à l'ONU, accusant sa mission": the clause's
                // subject, even one the parser took for passive.
                subject = Syntax.child(g, gov, "nsubj:pass");
            }
            if (subject == null && (rel.equals("conj") || rel.equals("advcl"))) {
                // « Bamako fait arrêter 49 militaires et reproche à Abidjan de … »: the causer of a causative clause
                subject = Syntax.child(g, gov, "nsubj:caus");
            }
            if (subject != null) {
                return subject;
            }
            node = gov;
        }
        return null;
    }

    /**
     * "Washington équipe l'aviation finlandaise ; Helsinki leur a commandé des F-35, puis a acheté à Israël …": UD
     * hangs every conjunct on the first, but a conjunct without a subject shares that of the nearest conjunct before
     * it that has one of its own.
     */
    private static IndexedWord nearestConjunctSubject(SemanticGraph g, IndexedWord first, IndexedWord conjunct) {
        IndexedWord nearest = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
            IndexedWord other = e.getDependent();
            if (e.getRelation().toString().equals("conj") && other.index() < conjunct.index()
                    && (nearest == null || other.index() > nearest.index()) && "VERB".equals(other.tag())) {
                nearest = other;
            }
        }
        return nearest == null ? null : Syntax.child(g, nearest, "nsubj");
    }

    /** "les premiers pays", "le seul État": a noun ranked by an adjective before it. */
    private static boolean ranked(SemanticGraph g, IndexedWord noun) {
        return g.outgoingEdgeList(noun).stream().anyMatch(e -> e.getDependent().index() < noun.index()
                && FrenchWords.list("ranking-adjective").contains(Syntax.lower(e.getDependent())));
    }

    /** Who decides, intends or announces what a noun names: its "de" complement or its possessive. */
    private static IndexedWord agentOfNoun(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.equals("nmod") && Syntax.hasCaseOrMark(g, d, FrenchWords.list("agent-or-owner-case"))) {
                return d;
            }
            if (rel.equals("det") && FrenchWords.list("possessive").contains(Syntax.lower(d))) {
                return d;
            }
        }
        return null;
    }

    /** Whether the verb's object is the subject of its infinitive: « accuse Téhéran de livrer », « a vu Pékin accuser ». */
    private boolean objectControls(IndexedWord verb) {
        String lemma = Morph.lemma(verb);
        return cues.isWord(Cues.Kind.objectControl, lemma) || PERCEPTION_VERBS.contains(lemma);
    }

    /** A gerund ("en armant") after the infinitive that an object-control verb governs. */
    private boolean isGerundAfterControlledVerb(SemanticGraph g, IndexedWord gerund, IndexedWord gov) {
        if (!objectControls(gov) || !Syntax.hasCaseOrMark(g, gerund, FrenchWords.list("gerund-mark"))
                || Syntax.isConcessiveGerund(g, gerund)) {
            return false;
        }
        IndexedWord complement = Syntax.child(g, gov, "xcomp");
        return complement != null && complement.index() < gerund.index();
    }

    private static IndexedWord objectOf(SemanticGraph g, IndexedWord verb) {
        IndexedWord obj = Syntax.child(g, verb, "obj");
        if (obj != null) {
            return obj;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("obl") && Syntax.isPartitive(g, e.getDependent())) {
                return e.getDependent();
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("iobj") || rel.startsWith("obl")) && Syntax.hasCaseOrMark(g, e.getDependent(), FrenchWords.list("dative-case"))) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * "Paris, Londres et Berlin ont estimé que l'Iran en portait la responsabilité": who says or judges what the
     * trigger's clause states, the subject of the verb that takes that clause as its complement.
     */
    IndexedWord speakerOf(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("ccomp")) {
            return null;
        }
        IndexedWord verb = in.getGovernor();
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        return subject != null ? subject : understoodSubject(g, verb);
    }

    /** Whether a phrase is set off by a comma before it (its first word follows one). */
    static boolean detached(SemanticGraph g, IndexedWord head) {
        int first = head.index();
        for (IndexedWord d : g.descendants(head)) {
            // The comma itself may hang on the participle.
            if (!"PUNCT".equals(d.tag())) {
                first = Math.min(first, d.index());
            }
        }
        IndexedWord before = g.getNodeByIndexSafe(first - 1);
        return before != null && before.word().equals(",");
    }

    /**
     * The edge that places a verb: "une bombe fabriquée par Lockheed Martin et vendue à Riyad": a participle
     * conjoined to a participle on a noun is on that noun too.
     */
    static SemanticGraphEdge participleConjunct(SemanticGraph g, IndexedWord v) {
        SemanticGraphEdge in = Syntax.parentEdge(g, v);
        if (in == null || !in.getRelation().toString().equals("conj") || !Morph.of(v).pastParticiple()
                || Syntax.child(g, v, "aux") != null || Syntax.child(g, v, "aux:pass") != null) {
            return in;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        boolean onNoun = up != null && (up.getRelation().toString().equals("acl") || up.getRelation().toString().equals("amod"))
                && Syntax.isNoun(up.getGovernor()) && Morph.of(in.getGovernor()).pastParticiple();
        return onNoun ? up : in;
    }
}
