package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "L'Iran accuse Israël d'avoir frappé son consulat et tient les États-Unis pour complices", "Alger affirme que
 * l'appareil avait pénétré dans son espace aérien et reproche à Bamako des violations": the parser coordinates the
 * second finite verb with the embedded verb next to it. A finite verb after "et" with no subject of its own, in a
 * tense the verb it hangs on does not have, is coordinated with the nearest verb above that has a subject and its
 * tense.
 */
final class ClauseConjuncts {
    private static final List<String> TENSES = List.of("ind pres", "ind impa", "ind futu", "ind psim", "con pres", "sub pres");
    private static final Set<String> CLIMB = Set.of("ccomp", "xcomp", "advcl", "acl", "obj");
    /** From a noun: through its own complements too (« a dénoncé un recours illégal à la force puis … a engagé »). */
    private static final Set<String> CLIMB_FROM_NOUN = Set.of("ccomp", "xcomp", "advcl", "acl", "obj", "nmod");
    private static final int MAX_CLIMB = 3;
    /** Subjects in the first or second person, with which a verb in the third person does not agree. */
    private static final Set<String> SPEAKER_PRONOUNS = FrenchWords.list("speaker-subject");
    private static final Set<String> INFINITIVE_TAKERS = FrenchWords.list("infinitive-taking-verb");

    private ClauseConjuncts() {}

    static void apply(SemanticGraph g) {
        subjectAfterEt(g);
        clauseAfterColon(g);
        participleOfInfinitive(g);
        infinitiveAfterInsert(g);
        secondRelativeClause(g);
        participleOfCompoundTense(g);
        conjunctOfComplementClause(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || Syntax.child(g, verb, "cc") == null
                    || Syntax.child(g, verb, "nsubj") != null || Syntax.child(g, verb, "aux") != null
                    || !"VERB".equals(e.getGovernor().tag()) || sameTense(g, e.getGovernor(), verb) || tenses(verb).isEmpty()) {
                continue;
            }
            coordinateAbove(g, e, n -> "VERB".equals(n.tag()) && Syntax.child(g, n, "nsubj") != null && sameTense(g, n, verb)
                    && !speakerSubjectOfThirdPerson(g, n, verb));
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            // « a cédé à Kiev ses CAESAR, des canons qu'elle avait commandés, puis les a remplacés par des ATMOS »: a
            // finite verb is no conjunct of a noun; it is of the verb above the noun
            IndexedWord verb = e.getDependent();
            if (e.getRelation().toString().equals("conj") && "VERB".equals(verb.tag()) && Syntax.isNoun(e.getGovernor())
                    && Syntax.child(g, verb, "cc") != null && Syntax.child(g, verb, "nsubj") == null && !tenses(finiteWord(g, verb)).isEmpty()) {
                coordinateAbove(g, e, n -> "VERB".equals(n.tag()) && Syntax.child(g, n, "nsubj") != null && sameTense(g, n, verb)
                        && !speakerSubjectOfThirdPerson(g, n, verb), CLIMB_FROM_NOUN);
            }
            // « Pékin nous arme depuis le milieu des années 1960, et cela n'a jamais changé »: nor is a clause with a
            // subject of its own, hung on a complement of the verb (« …, puis c'est la France qui lui a loué »: a
            // copular one too)
            SemanticGraphEdge up = Syntax.parentEdge(g, e.getGovernor());
            if (e.getRelation().toString().equals("conj") && ("VERB".equals(verb.tag()) || Syntax.isCopularClause(g, verb))
                    && Syntax.isNoun(e.getGovernor())
                    && Syntax.child(g, verb, "cc") != null && Syntax.child(g, verb, "nsubj") != null && up != null
                    && up.getRelation().toString().startsWith("obl") && "VERB".equals(up.getGovernor().tag())) {
                ParseRepairs.move(g, e, up.getGovernor(), "conj");
            }
        }
    }

    /**
     * « C'est Israël qui a pris le relais et qui est devenu le premier fournisseur »: the parser coordinates the second
     * relative clause with a noun of the first; it is coordinated with the first relative clause's verb.
     */
    private static void secondRelativeClause(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            IndexedWord pronoun = Syntax.child(g, verb, "nsubj");
            if (!e.getRelation().toString().equals("conj") || Syntax.child(g, verb, "cc") == null || pronoun == null
                    || !Syntax.lower(pronoun).equals("qui") || "VERB".equals(e.getGovernor().tag())) {
                continue;
            }
            for (IndexedWord above = g.getParent(e.getGovernor()); above != null; above = g.getParent(above)) {
                IndexedWord first = Syntax.child(g, above, "nsubj");
                if (first != null && Syntax.lower(first).equals("qui") && above.index() < verb.index()) {
                    ParseRepairs.move(g, e, above, "conj");
                    break;
                }
            }
        }
    }

    /**
     * « Le président avait dénoncé une attaque « lâche » et mis en cause les soldats »: a bare past participle after « et »
     * coordinated with a word that is no participle (« lâche », read as a verb) shares the auxiliary of the compound
     * tense above it.
     */
    private static void participleOfCompoundTense(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            Morph m = Morph.of(participle);
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(participle.tag()) || m == null || !m.pastParticiple()
                    || Syntax.child(g, participle, "cc") == null || Syntax.child(g, participle, "aux") != null
                    || Syntax.child(g, participle, "aux:pass") != null || Syntax.child(g, participle, "nsubj") != null
                    || Morph.of(e.getGovernor()) == null || Morph.of(e.getGovernor()).pastParticiple()) {
                continue;
            }
            for (IndexedWord above = g.getParent(e.getGovernor()); above != null; above = g.getParent(above)) {
                if (compoundTense(g, above)) {
                    ParseRepairs.move(g, e, above, "conj");
                    break;
                }
            }
        }
    }

    private static boolean compoundTense(SemanticGraph g, IndexedWord verb) {
        Morph m = Morph.of(verb);
        return "VERB".equals(verb.tag()) && m != null && m.pastParticiple() && Syntax.child(g, verb, "aux") != null;
    }

    /** The conjunct goes on the nearest verb above its governor (through complement clauses) that the test accepts. */
    private static void coordinateAbove(SemanticGraph g, SemanticGraphEdge conjunct, java.util.function.Predicate<IndexedWord> accepts) {
        coordinateAbove(g, conjunct, accepts, CLIMB);
    }

    private static void coordinateAbove(SemanticGraph g, SemanticGraphEdge conjunct, java.util.function.Predicate<IndexedWord> accepts,
            Set<String> climb) {
        IndexedWord node = conjunct.getGovernor();
        for (int i = 0; i < MAX_CLIMB; i++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, node);
            if (up == null || !climb.contains(up.getRelation().toString())) {
                return;
            }
            node = up.getGovernor();
            if (accepts.test(node)) {
                ParseRepairs.move(g, conjunct, node, "conj");
                return;
            }
        }
    }

    /**
     * « un fournisseur qui allait, pour des décennies, devenir son premier pourvoyeur »: an infinitive after a verb that
     * takes one (french-words infinitive-taking-verb) and an insert between commas, with no « et » before it, is that
     * verb's complement, not a conjunct of the verb above.
     */
    private static void infinitiveAfterInsert(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord infinitive = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !Morph.of(infinitive).infinitive() || Syntax.child(g, infinitive, "cc") != null
                    || !Syntax.precededBy(g, Syntax.phraseStart(g, infinitive), ",")) {
                continue;
            }
            IndexedWord taker = null;
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() > e.getGovernor().index() && w.index() < infinitive.index() && "VERB".equals(w.tag())) {
                    taker = w;
                }
            }
            if (taker != null && INFINITIVE_TAKERS.contains(Morph.lemma(taker)) && Syntax.child(g, taker, "xcomp") == null
                    && !Morph.of(taker).infinitive() && Syntax.wordBetween(g, taker, infinitive, Set.of(","))) {
                ParseRepairs.move(g, e, taker, "xcomp");
            }
        }
    }

    /**
     * « Gantz a accusé l'Iran de transférer des missiles et reproché à l'État libanais de … »: an infinitive has no
     * participle conjunct; the participle after « et » is coordinated with the nearest participle above it, and shares
     * its auxiliary and subject.
     */
    private static void participleOfInfinitive(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple()
                    || Syntax.child(g, participle, "cc") == null || Syntax.child(g, participle, "aux") != null
                    || Syntax.child(g, participle, "nsubj") != null || !Morph.of(e.getGovernor()).infinitive()) {
                continue;
            }
            coordinateAbove(g, e, n -> "VERB".equals(n.tag()) && Morph.of(n).pastParticiple());
        }
    }

    /**
     * "Ottawa a maintenu le contrat conclu avec le royaume, et Washington a fourni aux Émirats le système THAAD",
     * "Addis-Abeba dénonça une agression somalienne, et le Kremlin lui-même condamna l'offensive": the parser
     * coordinates the name after "et" with the noun before it and hangs the verb under the first verb or that noun. A
     * verb with its own auxiliary, or a finite one, with no subject, right after ", et NAME" (and an intensive
     * « lui-même »), is a clause of its own: the name is its subject, and it is coordinated with the clause it hung in.
     */
    private static void subjectAfterEt(SemanticGraph g) {
        for (IndexedWord verb : g.vertexListSorted()) {
            clauseTakenForSubject(g, verb);
            SemanticGraphEdge in = hungWithoutSubject(g, verb);
            if (in == null) {
                in = finiteOnNoun(g, verb);
            }
            IndexedWord subject = in == null ? null : subjectAfterEt(g, verb);
            if (subject == null) {
                continue;
            }
            IndexedWord clause = "VERB".equals(in.getGovernor().tag()) ? in.getGovernor() : verbAbove(g, in.getGovernor());
            if (clause == null) {
                continue;
            }
            IndexedWord et = Syntax.child(g, subject, "cc");
            ParseRepairs.move(g, Syntax.parentEdge(g, subject), verb, "nsubj");
            ParseRepairs.move(g, Syntax.parentEdge(g, et), verb, "cc");
            ParseRepairs.move(g, in, clause, "conj");
        }
    }

    /**
     * "Les obus nord-coréens pleuvent sur le Donbass, et Washington a accusé Pyongyang": the parser makes the first
     * clause (or its subject, with the verb hung on it) the subject of the second, whose own subject it coordinates
     * with a noun before "et". The first clause is the root, and the second hangs under it (then
     * {@link #subjectAfterEt} gives it its subject).
     */
    private static void clauseTakenForSubject(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge toSubject = Syntax.childEdge(g, verb, "nsubj");
        if (toSubject == null || toSubject.getDependent().index() > verb.index() || Syntax.child(g, verb, "aux") == null
                || Syntax.parentEdge(g, verb) != null || subjectAfterEt(g, verb) == null) {
            return;
        }
        IndexedWord subject = toSubject.getDependent();
        SemanticGraphEdge toClause = g.outgoingEdgeList(subject).stream().filter(e -> e.getRelation().toString().equals("acl")
                && "VERB".equals(e.getDependent().tag()) && !tenses(e.getDependent()).isEmpty()).findFirst().orElse(null);
        IndexedWord clause = "VERB".equals(subject.tag()) ? subject : toClause == null ? null : toClause.getDependent();
        if (clause == null || tenses(clause).isEmpty()) {
            return;
        }
        g.removeEdge(toSubject);
        ParseRepairs.takePlace(g, verb, clause, null);
        if (clause != subject) {
            g.removeEdge(toClause);
            g.addEdge(clause, subject, toSubject.getRelation(), toSubject.getWeight(), false);
        }
        g.addEdge(clause, verb, GrammaticalRelation.valueOf(toSubject.getRelation().getLanguage(), "conj"), toSubject.getWeight(), false);
    }

    /** The name right before the verb (or its auxiliary) that the parser coordinated, after ", et", with a noun before. */
    private static IndexedWord subjectAfterEt(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = g.getNodeByIndexSafe(finiteWord(g, verb).index() - 1);
        if (subject != null && subject.word().toLowerCase().matches("\\p{L}+-mêmes?")) {
            subject = g.getNodeByIndexSafe(subject.index() - 1);
        }
        // "et le Venezuela d'Hugo Chávez avait dénoncé": the name's own complement stands between.
        for (SemanticGraphEdge up = subject == null ? null : Syntax.parentEdge(g, subject); up != null
                && Set.of("nmod", "flat", "flat:name").contains(up.getRelation().toString()) && up.getGovernor().index() < subject.index();
                up = Syntax.parentEdge(g, subject)) {
            subject = up.getGovernor();
        }
        IndexedWord et = subject == null ? null : g.getNodeByIndexSafe(subject.index() - 1);
        if (et != null && "DET".equals(et.tag())) {
            et = g.getNodeByIndexSafe(et.index() - 1);
        }
        SemanticGraphEdge toSubject = subject == null ? null : Syntax.parentEdge(g, subject);
        IndexedWord comma = et == null ? null : g.getNodeByIndexSafe(et.index() - 1);
        if (et == null || !"et".equals(Syntax.lower(et)) || !"PROPN".equals(subject.tag()) || toSubject == null
                || !toSubject.getRelation().toString().equals("conj") || Syntax.child(g, subject, "cc") != et
                || comma == null || !",".equals(comma.word())) {
            return null;
        }
        return subject;
    }

    /** A finite verb without subject that the parser hung on a noun before it as an adjective clause. */
    private static SemanticGraphEdge finiteOnNoun(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        return "VERB".equals(verb.tag()) && in != null && in.getRelation().toString().equals("acl")
                && Syntax.isNoun(in.getGovernor()) && in.getGovernor().index() < verb.index()
                && Syntax.child(g, verb, "nsubj") == null && !tenses(verb).isEmpty() ? in : null;
    }

    static IndexedWord verbAbove(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge up = Syntax.parentEdge(g, node); up != null; up = Syntax.parentEdge(g, up.getGovernor())) {
            if ("VERB".equals(up.getGovernor().tag())) {
                return up.getGovernor();
            }
        }
        return null;
    }

    /**
     * "Ses voisins ont suivi le même chemin : le Burkina Faso et le Niger ont acquis des TB2": the parser hangs the
     * names after the colon on the phrase before it and the participle under the first verb. A participle with its own
     * auxiliary and no subject, after a colon that a name follows, is a clause of its own with that name as subject.
     */
    private static void clauseAfterColon(SemanticGraph g) {
        for (IndexedWord verb : g.vertexListSorted()) {
            SemanticGraphEdge in = hungWithoutSubject(g, verb);
            if (in == null) {
                continue;
            }
            IndexedWord aux = Syntax.child(g, verb, "aux");
            IndexedWord colon = g.vertexListSorted().stream().filter(w -> ":".equals(w.word())
                    && w.index() > in.getGovernor().index() && w.index() < aux.index()).reduce((a, b) -> b).orElse(null);
            IndexedWord subject = colon == null ? null : g.vertexListSorted().stream()
                    .filter(w -> w.index() > colon.index() && w.index() < aux.index() && !"DET".equals(w.tag()))
                    .findFirst().orElse(null);
            SemanticGraphEdge toSubject = subject == null ? null : Syntax.parentEdge(g, subject);
            if (subject == null || !"PROPN".equals(subject.tag()) || toSubject == null
                    || toSubject.getGovernor().index() > colon.index()) {
                continue;
            }
            ParseRepairs.move(g, toSubject, verb, "nsubj");
            ParseRepairs.move(g, in, in.getGovernor(), "parataxis");
            // What the parser made an agent without « par » ("des TB2") is a complement.
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                if (e.getRelation().toString().equals("obl:agent") && !"par".equals(Syntax.caseWord(g, e.getDependent()))) {
                    ParseRepairs.move(g, e, verb, "obl:arg");
                }
            }
        }
    }

    /**
     * « Nous n'oublions pas que Washington était le principal fournisseur de l'armée indonésienne et lui a livré les
     * OV-10 »: the parser coordinates the verb after « et » with the main verb, whose subject is « nous » or another
     * pronoun of the first or second person; a verb in the third person without a subject of its own is coordinated
     * with the complement clause between them, whose subject it shares.
     */
    private static void conjunctOfComplementClause(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord main = e.getGovernor();
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || Syntax.child(g, verb, "cc") == null
                    || Syntax.child(g, verb, "nsubj") != null || !speakerSubjectOfThirdPerson(g, main, verb)) {
                continue;
            }
            IndexedWord clause = g.outgoingEdgeList(main).stream()
                    .filter(c -> c.getRelation().toString().matches("ccomp|advcl") && c.getDependent().index() > main.index()
                            && c.getDependent().index() < verb.index())
                    .map(SemanticGraphEdge::getDependent)
                    .filter(c -> Syntax.child(g, c, "nsubj") != null && !SPEAKER_PRONOUNS.contains(Syntax.lower(Syntax.child(g, c, "nsubj"))))
                    .reduce((a, b) -> b).orElse(null);
            if (clause != null) {
                ParseRepairs.move(g, e, clause, "conj");
            }
        }
    }

    /** Whether a clause's subject is « nous », « je » or « vous » and a verb is in the third person: they do not agree. */
    private static boolean speakerSubjectOfThirdPerson(SemanticGraph g, IndexedWord clause, IndexedWord verb) {
        IndexedWord subject = Syntax.child(g, clause, "nsubj");
        Morph finite = Morph.of(finiteWord(g, verb));
        return subject != null && SPEAKER_PRONOUNS.contains(Syntax.lower(subject)) && finite != null && finite.is("3");
    }

    /**
     * The edge that hangs a verb with its own auxiliary and no subject under a verb before it, or null: what the
     * parser makes of a second clause whose subject it gave to the phrase before.
     */
    private static SemanticGraphEdge hungWithoutSubject(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        boolean candidate = "VERB".equals(verb.tag()) && Syntax.child(g, verb, "aux") != null
                && Syntax.child(g, verb, "nsubj") == null && in != null && "VERB".equals(in.getGovernor().tag())
                && in.getGovernor().index() < verb.index();
        return candidate ? in : null;
    }

    /** Whether two verbs share a finite tense; a compound tense is its auxiliary's. */
    private static boolean sameTense(SemanticGraph g, IndexedWord a, IndexedWord b) {
        List<String> ta = tenses(finiteWord(g, a));
        return tenses(finiteWord(g, b)).stream().anyMatch(ta::contains);
    }

    private static IndexedWord finiteWord(SemanticGraph g, IndexedWord verb) {
        IndexedWord aux = Syntax.child(g, verb, "aux");
        return aux != null ? aux : verb;
    }

    private static List<String> tenses(IndexedWord w) {
        Morph m = Morph.of(w);
        return TENSES.stream().filter(m::reads).toList();
    }
}
