package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * Repairs by agreement in gender and number, which the parser does not check.
 * <p>
 * "accusent le gouvernement de Khartoum de génocide commis par ses milices arabes interposées": the parser makes the
 * participle a clause of its own and takes the object before it for its subject. A past participle without an
 * auxiliary agrees with the noun it modifies; when it disagrees with its subject in gender or number and agrees with
 * a noun between them, it is that noun's modifier, and the subject goes back to the clause above as its object.
 * <p>
 * "des avions de combat turcs": an adjective hung on a complement it disagrees with ("combat") modifies the noun
 * the complement hangs on, when that one agrees ("avions").
 */
final class Agreement {
    /** Relations inside a noun phrase, from its last word up to its head ("lance-roquettes AT 4"). */
    private static final java.util.Set<String> NAMING = java.util.Set.of("nummod", "appos", "flat", "flat:name", "amod", "compound");

    private Agreement() {}

    static void apply(SemanticGraph g) {
        participles(g);
        adjectives(g);
        adjectivesOnHead(g);
        participlesOnDisagreeingNoun(g);
        participleOnPercentage(g);
    }

    /**
     * « 55 % des armes importées par le Qatar venaient des États-Unis »: the parser hangs the participle on the
     * percentage, which has no gender to agree with; it describes the noun the percentage is of.
     */
    private static void participleOnPercentage(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = in.getDependent();
            IndexedWord share = in.getGovernor();
            if (!in.getRelation().toString().equals("acl") || !Morph.of(participle).pastParticiple() || !"%".equals(share.word())) {
                continue;
            }
            g.outgoingEdgeList(share).stream()
                    .filter(e -> e.getRelation().toString().equals("nmod") && Syntax.isNoun(e.getDependent())
                            && e.getDependent().index() < participle.index() && (!decided(e.getDependent()) || agrees(e.getDependent(), participle)))
                    .findFirst().ifPresent(e -> ParseRepairs.move(g, in, e.getDependent(), "acl"));
        }
    }

    /**
     * "Téhéran est en guerre contre l'Irak de Saddam Hussein, armé par Moscou": a participle after a comma that the
     * parser hung on a noun it disagrees with ("guerre") modifies the noun phrase that ends at the comma, when that
     * agrees; a ruler's name after « de » belongs to the phrase of the country he rules ("l'Irak de Saddam Hussein").
     */
    private static void participlesOnDisagreeingNoun(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = in.getDependent();
            IndexedWord governor = in.getGovernor();
            if (!in.getRelation().toString().equals("acl") || !Morph.of(participle).pastParticiple() || hasAuxiliary(g, participle)
                    || !Syntax.isNoun(governor) || !decided(participle) || !decided(governor) || agrees(governor, participle)) {
                continue;
            }
            IndexedWord noun = phraseBeforeComma(g, participle);
            if (noun != null && !noun.equals(governor) && decided(noun) && agrees(noun, participle)
                    && !ParseRepairs.isBelow(g, noun, participle)) {
                ParseRepairs.move(g, in, noun, "acl");
            } else if (noun == null || !decided(noun) || !agrees(noun, participle)) {
                detachedOnSubject(g, in);
            }
        }
    }

    /**
     * « des drones Bayraktar TB2 atterrissent à Maafaru, dans l'atoll de Noonu, envoyés par la Turquie »: a participle
     * after a comma, hung on an oblique of the verb it disagrees with (nothing agreeing ends at the comma), describes
     * the verb's subject before it when it agrees with that.
     */
    private static void detachedOnSubject(SemanticGraph g, SemanticGraphEdge in) {
        IndexedWord participle = in.getDependent();
        IndexedWord comma = Syntax.beforeOwnAdverbs(g, participle);
        SemanticGraphEdge oblique = Syntax.parentEdge(g, in.getGovernor());
        IndexedWord verb = oblique == null || !oblique.getRelation().toString().startsWith("obl") ? null : oblique.getGovernor();
        IndexedWord subject = verb == null ? null : Syntax.child(g, verb, "nsubj");
        if (comma != null && comma.word().equals(",") && subject != null && Syntax.isNoun(subject) && subject.index() < verb.index()
                && decided(subject) && agrees(subject, participle)) {
            ParseRepairs.move(g, in, subject, "acl");
        }
    }

    private static IndexedWord phraseBeforeComma(SemanticGraph g, IndexedWord participle) {
        IndexedWord noun = namedBeforeComma(g, participle);
        if (noun == null) {
            return null;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, noun);
        if ("I-PER".equals(noun.ner()) && up != null && up.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, noun))) {
            noun = headOfNaming(g, up.getGovernor());
        }
        return Syntax.isNoun(noun) ? noun : null;
    }

    /**
     * The head of the phrase that ends at the comma right before a participle and its adverbs ("lance-roquettes AT4,
     * vendus", "sous-marins Agosta, finalement vendus"), or null.
     */
    private static IndexedWord namedBeforeComma(SemanticGraph g, IndexedWord participle) {
        IndexedWord comma = Syntax.beforeOwnAdverbs(g, participle); // « , finalement vendus »
        IndexedWord noun = comma == null || !comma.word().equals(",") ? null : g.getNodeByIndexSafe(comma.index() - 1);
        return noun == null ? null : headOfNaming(g, noun);
    }

    private static IndexedWord headOfNaming(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge up = Syntax.parentEdge(g, noun);
                up != null && NAMING.contains(up.getRelation().toString()) && !"VERB".equals(up.getGovernor().tag());
                up = Syntax.parentEdge(g, noun)) {
            noun = up.getGovernor();
        }
        return noun;
    }

    /**
     * (« les violations des droits humains commises par l'Indonésie »: a bare past participle too, which the parser
     * hung on the complement, describes the noun the complement hangs on.)
     */
    private static void adjectives(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getDependent();
            IndexedWord complement = e.getGovernor();
            SemanticGraphEdge up = Syntax.parentEdge(g, complement);
            boolean participle = e.getRelation().toString().equals("acl") && Morph.of(adjective).pastParticiple() && !hasAuxiliary(g, adjective);
            if (!participle && (!e.getRelation().toString().equals("amod") || !"ADJ".equals(adjective.tag()))
                    || adjective.index() < complement.index() || up == null || !up.getRelation().toString().equals("nmod")
                    || !Syntax.isNoun(up.getGovernor()) || agrees(complement, adjective)
                    || !agrees(up.getGovernor(), adjective) || !decided(adjective)) {
                continue;
            }
            ParseRepairs.move(g, e, up.getGovernor(), participle ? "acl" : "amod");
        }
        participlesOnNestedComplement(g);
    }

    /**
     * « douze véhicules blindés de transport de troupes offerts par les États-Unis »: a bare participle hung on the
     * last of a chain of « de » complements, none of which it agrees with, describes the first noun up the chain that
     * it agrees with.
     */
    private static void participlesOnNestedComplement(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord complement = e.getGovernor();
            if (!e.getRelation().toString().equals("acl") || !Morph.of(participle).pastParticiple() || hasAuxiliary(g, participle)
                    || participle.index() < complement.index() || !decided(participle) || !decided(complement) || agrees(complement, participle)) {
                continue;
            }
            IndexedWord noun = complement;
            for (SemanticGraphEdge up = Syntax.parentEdge(g, noun); up != null && up.getRelation().toString().equals("nmod")
                    && "de".equals(Syntax.caseWord(g, noun)) && Syntax.isNoun(up.getGovernor()); up = Syntax.parentEdge(g, noun)) {
                noun = up.getGovernor();
                if (decided(noun) && agrees(noun, participle)) {
                    ParseRepairs.move(g, e, noun, "acl");
                    break;
                }
            }
        }
    }

    /**
     * « la commande de drones turcs Bayraktar TB2 »: the reverse of {@link #adjectives}. An adjective hung on a noun it
     * disagrees with, right after that noun's complement, which agrees, modifies the complement.
     */
    private static void adjectivesOnHead(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getDependent();
            IndexedWord head = e.getGovernor();
            if (!e.getRelation().toString().equals("amod") || !"ADJ".equals(adjective.tag()) || !Syntax.isNoun(head)
                    || adjective.index() < head.index() || !decided(adjective) || !decided(head) || agrees(head, adjective)) {
                continue;
            }
            g.outgoingEdgeList(head).stream()
                    .filter(c -> c.getRelation().toString().equals("nmod") && Syntax.isNoun(c.getDependent())
                            && Syntax.lastWordOf(g, c.getDependent()) == adjective.index() - 1 && agrees(c.getDependent(), adjective))
                    .findFirst().ifPresent(c -> ParseRepairs.move(g, e, c.getDependent(), "amod"));
        }
    }

    /** An adjective whose form shows its number or gender ("turcs", not "russe" which could be either number). */
    private static boolean decided(IndexedWord adjective) {
        Morph m = Morph.of(adjective);
        return m.plural() || m.feminine() || m.masculine() && !m.is("sp");
    }

    private static void participles(SemanticGraph g) {
        for (SemanticGraphEdge in : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = in.getDependent();
            String rel = in.getRelation().toString();
            if (!(rel.equals("advcl") || rel.equals("conj")) || !Morph.of(participle).pastParticiple()
                    || hasAuxiliary(g, participle)) {
                continue;
            }
            SemanticGraphEdge subject = Syntax.childEdge(g, participle, "nsubj");
            // « Paris annule la livraison de deux sous-marins, finalement vendus au Pakistan »: a bare participle can be no
            // conjunct of a verb without auxiliary; it is detached like an adverbial one.
            IndexedWord clause = in.getGovernor();
            boolean bareConjunct = rel.equals("conj") && "VERB".equals(clause.tag()) && !hasAuxiliary(g, clause)
                    && !Morph.of(clause).pastParticiple();
            if (subject == null && (rel.equals("advcl") || bareConjunct || rel.equals("conj") && (disagreesWithSubject(g, clause, participle)
                    || passiveBesideAvoir(g, clause, participle)))) {
                detachedAfterObject(g, in);
                continue;
            }
            if (subject == null || subject.getDependent().index() > participle.index()
                    || agrees(subject.getDependent(), participle)) {
                continue;
            }
            IndexedWord noun = nearestAgreeingNoun(g, subject.getDependent(), participle);
            if (noun == null || Syntax.child(g, clause, "obj") != null || clause.index() > subject.getDependent().index()) {
                continue;
            }
            ParseRepairs.move(g, in, noun, "acl");
            ParseRepairs.move(g, subject, clause, "obj");
        }
    }

    /**
     * "accusa Caracas d'avoir laissé des lance-roquettes AT4, vendus par la Suède au Venezuela, tomber …": a participle
     * after a comma, made an adverbial clause, modifies the noun phrase that ends at the comma when it agrees with that
     * noun and not with its clause's subject (a subject of undecided gender and number, « Ouagadougou a présenté ses
     * drones, achetés à la Turquie », does not hold it back).
     */
    private static void detachedAfterObject(SemanticGraph g, SemanticGraphEdge in) {
        IndexedWord participle = in.getDependent();
        IndexedWord clause = in.getGovernor();
        IndexedWord noun = namedBeforeComma(g, participle);
        // « des bombes de la série MK 80, produites … », « les unités des classes Challenger et Archer, rachetées … »:
        // up to the noun the phrase before the comma names a part or a kind of
        for (int step = 0; step < 3 && noun != null && !fits(g, clause, noun, participle); step++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, noun);
            String rel = up == null ? "" : up.getRelation().toString();
            boolean within = rel.equals("nmod") && "de".equals(Syntax.caseWord(g, noun)) || rel.equals("conj") || rel.equals("appos");
            if (!within || !Syntax.isNoun(up.getGovernor())) {
                break;
            }
            noun = up.getGovernor();
        }
        IndexedWord subject = Syntax.child(g, clause, "nsubj");
        if (noun == null || !Syntax.isNoun(noun) || !decided(participle) && !ofObject(g, clause, noun) || !fits(g, clause, noun, participle)
                || subject != null && decided(subject) && agrees(subject, participle) || ParseRepairs.isBelow(g, noun, participle)) {
            return;
        }
        ParseRepairs.move(g, in, noun, "acl");
        // « produites en Sardaigne par RWM Italia et livrées pendant des années à l'Arabie saoudite »: the bare
        // participles coordinated after it describe the same noun
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(clause))) {
            IndexedWord next = e.getDependent();
            if (e.getRelation().toString().equals("conj") && next.index() > participle.index() && Morph.of(next).pastParticiple()
                    && Syntax.child(g, next, "cc") != null && Syntax.child(g, next, "nsubj") == null && !hasAuxiliary(g, next)
                    && decided(next) && agrees(noun, next)) {
                ParseRepairs.move(g, e, participle, "conj");
            }
        }
    }

    /**
     * Whether a participle after a comma may describe the noun before it: it agrees with it, or (« a cédé l'intégralité
     * de ses canons Caesar, acquis auprès de la France ») its form does not show its number, its gender agrees, and the
     * noun is in the clause's object.
     */
    private static boolean fits(SemanticGraph g, IndexedWord clause, IndexedWord noun, IndexedWord participle) {
        return agrees(noun, participle) || Morph.of(participle).is("sp") && sameGender(noun, participle) && ofObject(g, clause, noun);
    }

    private static boolean ofObject(SemanticGraph g, IndexedWord clause, IndexedWord noun) {
        IndexedWord object = Syntax.child(g, clause, "obj");
        return object != null && (noun.equals(object) || ParseRepairs.isBelow(g, noun, object));
    }

    /**
     * « le Mali puis le Niger ont rompu avec l'Ukraine, accusée de soutenir le terrorisme »: a bare participle that
     * the parser made a conjunct of a verb with an auxiliary is no conjunct when it disagrees with that verb's subject
     * (in gender alone, for a name whose number does not show: « le Zimbabwe s'est tourné vers la Chine, devenue son
     * principal fournisseur »).
     */
    private static boolean disagreesWithSubject(SemanticGraph g, IndexedWord clause, IndexedWord participle) {
        IndexedWord subject = Syntax.child(g, clause, "nsubj");
        return subject != null && decided(participle) && (decided(subject) && !agrees(subject, participle) || !sameGender(subject, participle));
    }

    /**
     * « les garde-côtes ont mis en service des patrouilleurs de la classe Island, cédés par les États-Unis »: a bare
     * participle with an agent is passive, so it cannot share the « avoir » of the verb it was made a conjunct of.
     */
    private static boolean passiveBesideAvoir(SemanticGraph g, IndexedWord clause, IndexedWord participle) {
        return Syntax.child(g, participle, "obl:agent") != null && g.outgoingEdgeList(clause).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux") && "avoir".equals(Morph.lemma(e.getDependent())));
    }

    private static IndexedWord nearestAgreeingNoun(SemanticGraph g, IndexedWord subject, IndexedWord participle) {
        IndexedWord best = null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() > subject.index() && w.index() < participle.index() && Syntax.isNoun(w) && agrees(w, participle)
                    && ParseRepairs.isBelow(g, w, subject)) {
                best = w;
            }
        }
        return best;
    }

    private static boolean sameGender(IndexedWord noun, IndexedWord participle) {
        return Syntax.sameGender(noun, participle);
    }

    private static boolean agrees(IndexedWord noun, IndexedWord participle) {
        return Syntax.agrees(noun, participle);
    }

    private static boolean hasAuxiliary(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(e -> {
            String r = e.getRelation().toString();
            return r.startsWith("aux") || r.equals("cop");
        });
    }
}
