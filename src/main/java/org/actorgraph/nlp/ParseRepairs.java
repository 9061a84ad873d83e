package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;

/**
 * Repairs a few attachments that CoreNLP's French parser gets wrong in a systematic way, so that the
 * rules can be written against UD as it should be (the repairs of lists are in {@link ListRepairs}, those of
 * misplaced complements in {@link ComplementRepairs}, those by agreement in {@link Agreement}):
 * <ul>
 * <li>a subject hung on the auxiliary ("nsubj(a, Italie)") moves to the verb;</li>
 * <li>a clitic the parser made a verb's determiner (« …, les accusant d'armer ») is its object
 * ({@link CliticTakenForDeterminer});</li>
 * <li>a passive subject of a verb with "avoir" and no passive auxiliary ("Moscou a livré") is an active subject, and the
 * subject of a past participle with "être" and an agent ("était équipée par l'URSS") a passive one;</li>
 * <li>a perfect infinitive hung on a noun ("a confirmé jeudi avoir livré") is a complement of the noun's verb;</li>
 * <li>a counted object after an "à" complement ("a livré à l'Ukraine dix-huit obusiers"), which the parser hangs
 * on the complement as a numeral and an apposition, is the verb's object;</li>
 * <li>a finite verb the tagger took for a noun gets its clause back ({@link VerbTakenForNoun}), and so does one the
 * parser hung on a noun as its modifier (« … ; le Viêt Nam dénonçait … »: {@link FiniteVerbOnNoun});</li>
 * <li>a name after an opening phrase and a comma, hung on that phrase, is the subject of the verb after it
 * ({@link SubjectAcrossComma});</li>
 * <li>a finite verb after "et" coordinated with an embedded verb of another tense is coordinated with the verb
 * above that shares its tense ({@link ClauseConjuncts});</li>
 * <li>a period (« pendant deux décennies ») hung on the first of two coordinated verbs is the nearer verb's
 * ({@link PeriodOfClause});</li>
 * <li>a quoted adjective after a noun that the parser read as a verb with the noun as its subject qualifies the noun
 * (« une attaque « lâche et démesurée » »: {@link QuotedQualifier});</li>
 * <li>a clause with a copula that the parser made the subject of the next clause's verb heads the sentence, and the
 * noun after its "et" is that verb's subject ({@link CopularClauseTakenForSubject});</li>
 * <li>a "par" agent hung on the last noun of a chain of "de" complements is the first noun's
 * ({@link AgentOfEventNoun});</li>
 * <li>a time phrase between a copula and its attribute that the parser made the attribute modifies the attribute
 * ({@link AttributeAfterTimePhrase});</li>
 * <li>a present participle after a comma that the parser made a conjunct is an adjunct;</li>
 * <li>an object after an adverbial phrase, hung on that phrase, is the verb's ({@link ObjectAfterAdverbial});</li>
 * <li>a phrase with an article and no preposition that the parser made an oblique of a verb without object is
 * its object;</li>
 * <li>a subject with a preposition ("Depuis la guerre froide, Washington équipe ...") is an oblique;</li>
 * <li>a name coordinated with a verb ("armé par la France, la Grande-Bretagne") or a common noun ("la déclaration
 * signée par la Croatie, l'Albanie") joins the list before it;</li>
 * <li>"dont" hung on the name that is the subject of an attribute ("Alger, dont Moscou est le fournisseur") is
 * the attribute's complement;</li>
 * <li>a past participle that disagrees with the subject the parser gave it modifies the noun it agrees with
 * ({@link Agreement}), and an adjective that disagrees with its noun the noun above it ("avions de combat turcs");</li>
 * <li>a complement with "contre" hung on an agent is the verb's or the noun's ("portées par Damas contre Doha"), and so
 * is a "de" complement on a demonstrative agent ("la commande par ce pays de missiles");</li>
 * <li>a complement right after an object and before a comma that opens another clause is the object's verb's
 * ("exportent des armes en Éthiopie, la famine persiste");</li>
 * <li>a reporting insert the parser made the subject or the head of the clause it interrupts (« Les États-Unis,
 * rappelle le quotidien, ont longtemps été … ») hangs on that clause, the phrase before it its subject
 * ({@link ReportingInsert});</li>
 * <li>a perfect copula the parser hung on its subject (« Les États-Unis ont été pendant des décennies le principal
 * fournisseur ») gives the attribute its clause ({@link AuxiliaryTakenForVerb});</li>
 * <li>a finite verb after a detached adjective between commas (« l'Union soviétique, ravie de …, devient ») has the noun
 * before the adjective for subject ({@link DetachedAttributeTakenForClause});</li>
 * <li>an indefinite object the parser joined to the subject of the clause after it (« a livré au Tchad, en 2024, des
 * drones armés, et les visites … se multiplient ») is the verb's object ({@link ObjectTakenForNextSubject});</li>
 * <li>a relative clause on a noun that the parser took for a complement clause, "que" for its subordinator
 * ("des drones que la Turquie lui avait vendus"), becomes a relative clause with "que" as its object.</li>
 * </ul>
 */
public final class ParseRepairs {
    private static final Set<String> AVOIR = FrenchWords.list("avoir-form");
    private static final Set<String> INFINITIVE_AUX = FrenchWords.list("infinitive-aux");
    private static final Set<String> DATIVE = FrenchWords.list("dative-case");
    private static final Set<String> ADDRESSEE = FrenchWords.list("addressee-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("repair-time-noun");


    private ParseRepairs() {}

    public static void apply(SemanticGraph g) {
        ModelNameTag.apply(g);
        TitleTakenForName.apply(g);
        NameAfterKindNoun.apply(g);
        NumberTakenForNoun.apply(g);
        QuotedQualifier.apply(g);
        PrepositionalCleft.apply(g);
        SecondObjectOfClause.apply(g);
        InvertedSubject.apply(g);
        IncisedReportingVerb.apply(g);
        AntecedentTakenForComplement.apply(g);
        PhraseAfterColon.clauseBeforeColon(g);
        SubjectAfterColon.apply(g);
        CliticTakenForDeterminer.apply(g);
        ArticleTakenForClitic.apply(g);
        DislocatedSubject.apply(g);
        OpeningParticiple.apply(g);
        FrontedPurposeClause.apply(g);
        AppositionTakenForRoot.apply(g);
        VerbTakenForNoun.apply(g);
        ObjectPronounTakenForSubject.apply(g);
        DislocatedSubject.conjunctOfName(g);
        AuxiliaryTakenForVerb.apply(g);
        AuxiliaryTakenForVerb.copulaOnSubject(g);
        AuxiliaryTakenForVerb.auxiliaryUnderParticiple(g);
        AdjectiveTakenForVerb.apply(g);
        PassiveAfterEte.apply(g);
        CopularVerbTakenForPassive.apply(g);
        PassiveAfterEte.agentAfterEtre(g);
        ParentheticalClause.apply(g);
        ParticipleAfterInsert.apply(g);
        ParticipleTakenForRoot.apply(g);
        PersonaNonGrata.apply(g);
        LabelBeforeColon.apply(g);
        AgoPhrase.apply(g);
        FrontedApposition.apply(g);
        FrontedApposition.openingNounTakenForRoot(g);
        FrontedApposition.openingNounOnVerb(g);
        DetachedAttributeTakenForClause.apply(g);
        FiniteVerbOnNoun.nounWithClause(g);
        prepositionalSubject(g);
        SubjectAcrossComma.apply(g);
        OfficeBeforeNamedSubject.apply(g);
        SubjectAcrossComma.withApposition(g);
        SubjectAcrossComma.nameBeforeInsert(g);
        SubjectAcrossComma.coordinatedSubject(g);
        SubjectAcrossComma.afterSemicolon(g);
        SubjectAcrossComma.appositionTakenForSubject(g);
        SubjectAcrossComma.subjectUnderFrontedSide(g);
        ClauseAfterSemicolon.apply(g);
        SubjectListAfterFrontedPhrase.apply(g);
        AttributeAfterTimePhrase.apply(g);
        AttributeAfterInsert.apply(g);
        participleTakenForConjunct(g);
        ParticipleConjunctOfClause.apply(g);
        TensedComplement.apply(g);
        CompletiveTakenForAdverbial.apply(g);
        SubjectOfOpenComplement.apply(g);
        ClauseConjuncts.apply(g);
        PeriodOfClause.apply(g);
        CopularClauseTakenForSubject.apply(g);
        CopularClauseTakenForSubject.infinitiveOnAttribute(g);
        CopularClauseTakenForSubject.dontClauseAfterAttribute(g);
        CopularClauseTakenForSubject.clauseTakenForApposition(g);
        SubjectAcrossComma.nameAfterConjunction(g);
        AgentOfEventNoun.apply(g);
        CoordinatedPhrases.apply(g);
        ListRepairs.apply(g);
        GappedClause.apply(g);
        CopularRelative.apply(g);
        CopularRelative.dontOfAttribute(g);
        NameOfEnvoyAfterHost.apply(g);
        RelativeTakenForComplement.apply(g);
        RelativeOnNearestComplement.apply(g);
        AppositionOnNearestName.apply(g);
        AppositionOnNearestName.conjunctTakenForApposition(g);
        AppositionOnNearestName.nameAfterSupplierNoun(g);
        AppositionOnNearestName.copularParticipleOnName(g);
        ObjectAfterApposition.apply(g);
        QuotedAttribute.apply(g);
        NameAfterTitle.apply(g);
        InfinitiveOnName.apply(g);
        MainVerbAfterRelative.swapped(g);
        MainVerbAfterRelative.dontClauseTakenForMain(g);
        MainVerbAfterRelative.dontClauseTakenForAdverbial(g);
        StrandedRelative.apply(g);
        StrandedRelative.relativeOnVerb(g);
        FiniteVerbOnNoun.apply(g);
        ParticipleTakenForRoot.agentTakenForSubject(g);
        FiniteVerbOnNoun.pronounTakenForHead(g);
        MainVerbAfterRelative.mainVerbTakenForObject(g);
        ReportingInsert.apply(g);
        ReportingInsert.cleftAroundInsert(g);
        CleftRelativeOnInsert.apply(g);
        ReportingInsert.insertTakenForSubject(g);
        ReportingInsert.invertedInsert(g);
        DiscourseInsert.apply(g);
        ObjectAfterAdverbial.apply(g);
        ObjectTakenForNextSubject.apply(g);
        AbsoluteParticiple.apply(g);
        ParticipleTakenForClause.apply(g);
        ParticipleTakenForClause.participleBeforePassive(g);
        ParticipleTakenForClause.participleTakenForSubject(g);
        ParticipleTakenForClause.openingParticipleOnSubject(g);
        ParticipleTakenForClause.appositionTakenForRelative(g);
        GerundOnNoun.apply(g);
        InfinitiveOfPerceivedObject.apply(g);
        ListRepairs.conjunctOfRelative(g);
        ListRepairs.relativeAfterParticiple(g);
        ListRepairs.relativeTakenForConjunct(g);
        ListRepairs.objectRelativeTakenForConjunct(g);
        ListRepairs.participleAfterAdjective(g);
        ListRepairs.conjunctAfterRelative(g);
        ListRepairs.phraseAfterRelative(g);
        Agreement.apply(g);
        ComplementRepairs.apply(g);
        PassiveAfterEte.agentOfActiveVerb(g);
        AttributeAfterTimePhrase.attributeOnTimePhraseOfCopula(g);
        DependentsOfCopula.apply(g);
        CoordinatedPhrases.objectConjuncts(g);
        ConcessiveGerund.apply(g);
        PronounTakenForAttribute.apply(g);
        if (SubjectAcrossComma.verbAfterRelativeOfConjunct(g)) {
            SubjectAcrossComma.nameAfterConjunction(g);
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            IndexedWord gov = e.getGovernor();
            IndexedWord dep = e.getDependent();
            if (rel.equals("nsubj") && isAuxiliaryOfSomething(g, gov)) {
                IndexedWord verb = headOfAuxiliary(g, gov);
                SemanticGraphEdge after = verb == null ? null : Syntax.childEdge(g, verb, "nsubj");
                if (after != null && after.getDependent().index() > verb.index() && dep.index() < gov.index()
                        && Syntax.child(g, verb, "obj") == null) {
                    // "La France avait pour sa part dénoncé, en juin, le comportement …": with a subject before the
                    // auxiliary, the phrase after the participle is its object.
                    move(g, after, verb, "obj");
                }
                if (verb != null && Syntax.child(g, verb, "nsubj") == null) {
                    move(g, e, verb, rel);
                }
            } else if (rel.equals("nsubj:pass") && Syntax.child(g, gov, "aux:pass") == null && hasAvoir(g, gov)) {
                move(g, e, gov, "nsubj");
            } else if (rel.equals("nsubj") && Syntax.child(g, gov, "obl:agent") != null && Syntax.child(g, gov, "aux") != null
                    && !hasAvoir(g, gov) && Morph.of(gov).pastParticiple()) {
                // "l'armée malienne était équipée par l'Union soviétique": "être" and an agent make a passive.
                move(g, e, gov, "nsubj:pass");
                move(g, Syntax.childEdge(g, gov, "aux"), gov, "aux:pass");
            } else if (rel.startsWith("obl") && "VERB".equals(gov.tag()) && Syntax.child(g, gov, "obj") == null
                    && (Syntax.hasCaseOrMark(g, dep, DATIVE) || Syntax.hasCaseOrMark(g, dep, ADDRESSEE))) {
                ComplementRepairs.countedObjectOfDative(g, gov, dep);
            } else if (rel.equals("obl") && "VERB".equals(gov.tag()) && dep.index() > gov.index() && Syntax.isNoun(dep)
                    && Syntax.child(g, dep, "case") == null && Syntax.child(g, dep, "det") != null
                    && Syntax.child(g, gov, "obj") == null && !TIME_NOUNS.contains(Morph.lemma(dep))) {
                // "la Russie équipe l'armée arménienne": a phrase with an article and no preposition after the verb
                // is its object, unless it says when ("la semaine dernière").
                move(g, e, gov, "obj");
            } else if (rel.equals("acl") && hasInfinitiveAux(g, dep) && Syntax.isNoun(gov)) {
                SemanticGraphEdge up = Syntax.parentEdge(g, gov);
                if (up != null && "VERB".equals(up.getGovernor().tag())) {
                    move(g, e, up.getGovernor(), "xcomp");
                }
            }
        }
        AgentOfEventNoun.agentRightAfterTransferNoun(g);
    }

    /**
     * "Depuis la guerre froide, Washington équipe l'armée turque": a phrase with a preposition is no subject; the
     * name the parser hung on the verb right before it is.
     */
    private static void prepositionalSubject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("nsubj") || !"VERB".equals(verb.tag())
                    || Syntax.child(g, e.getDependent(), "case") == null) {
                continue;
            }
            move(g, e, verb, "obl");
            SemanticGraphEdge name = Syntax.childEdge(g, verb, "compound");
            if (name != null && "PROPN".equals(name.getDependent().tag()) && name.getDependent().index() == verb.index() - 1) {
                move(g, name, verb, "nsubj");
            }
        }
    }

    /**
     * "les États-Unis équipaient son armée, lui fournissant des hélicoptères": a present participle after a comma,
     * without "et", is an adjunct of the verb before it, not a second verb of its clause (the parser's conj).
     */
    private static void participleTakenForConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord p = e.getDependent();
            if (e.getRelation().toString().equals("conj") && "VERB".equals(e.getGovernor().tag())
                    && Morph.of(p).presentParticiple() && Syntax.child(g, p, "cc") == null) {
                move(g, e, e.getGovernor(), "advcl");
            }
        }
    }

    static boolean isBelow(SemanticGraph g, IndexedWord node, IndexedWord ancestor) {
        for (SemanticGraphEdge in = Syntax.parentEdge(g, node); in != null; in = Syntax.parentEdge(g, in.getGovernor())) {
            if (in.getGovernor().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} takes {@code place}'s place in the tree: the edge from its governor (with relation {@code rel}, or
     * the same one when null), or the root.
     */
    static void takePlace(SemanticGraph g, IndexedWord place, IndexedWord word, String rel) {
        SemanticGraphEdge in = Syntax.parentEdge(g, place);
        if (in == null) {
            g.setRoot(word);
            return;
        }
        g.removeEdge(in);
        g.addEdge(in.getGovernor(), word, rel == null ? in.getRelation() : GrammaticalRelation.valueOf(in.getRelation().getLanguage(), rel),
                in.getWeight(), in.isExtra());
    }

    /**
     * The dependent of {@code down} takes {@code head}'s place in the tree and {@code head} hangs on it as {@code rel};
     * {@code head}'s dependents after the new head (all of them when {@code all}) move to it with their relations. For
     * a word the parser made the head of what depends on it: an auxiliary read as the verb, an aside read as the main
     * clause.
     */
    static void promote(SemanticGraph g, IndexedWord head, SemanticGraphEdge down, String rel, boolean all) {
        IndexedWord promoted = down.getDependent();
        g.removeEdge(down);
        takePlace(g, head, promoted, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
            if (all || e.getDependent().index() > promoted.index()) {
                move(g, e, promoted, e.getRelation().toString());
            }
        }
        g.addEdge(promoted, head, GrammaticalRelation.valueOf(down.getRelation().getLanguage(), rel), down.getWeight(), false);
    }

    static void move(SemanticGraph g, SemanticGraphEdge e, IndexedWord newGov, String rel) {
        g.removeEdge(e);
        g.addEdge(newGov, e.getDependent(), GrammaticalRelation.valueOf(e.getRelation().getLanguage(), rel), e.getWeight(),
                e.isExtra());
    }

    private static boolean isAuxiliaryOfSomething(SemanticGraph g, IndexedWord w) {
        return g.getIncomingEdgesSorted(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux"));
    }

    private static IndexedWord headOfAuxiliary(SemanticGraph g, IndexedWord aux) {
        return g.getIncomingEdgesSorted(aux).stream().filter(e -> e.getRelation().toString().startsWith("aux"))
                .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
    }

    private static boolean hasAvoir(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("aux") && AVOIR.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasInfinitiveAux(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("aux")
                    && INFINITIVE_AUX.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
