package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.NameForm;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Who holds the materiel a participle transfer qualifies (frame option {@code recipient-from-holder}): "l'armée serbe
 * met en œuvre des MiG-29 cédés par la Russie", "L'Irak dispose d'un arsenal composite : des F-16 livrés par les
 * États-Unis". The materiel noun the participle hangs on is, through a list or an apposition, the complement of a
 * verb of holding or receiving (cues.tsv, kind {@code holding}); its subject received what was transferred. A
 * demonym on the materiel itself names its owner first, then a possessive on it (« ses J-10C, livrés par la Chine »).
 */
final class Holders {
    private static final int MAX_STEPS = 4;
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");
    private static final Set<String> ONE_POSSESSOR = FrenchWords.list("one-possessor");
    private static final Set<String> PURCHASE_NOUNS = FrenchWords.list("purchase-noun");
    private static final Set<String> BULK = FrenchWords.list("bulk-noun");
    private static final Set<String> ARSENAL = FrenchWords.list("arsenal-noun");
    private static final Set<String> DELIVERING = FrenchWords.list("delivering-verb");
    private static final Set<String> ARRIVAL = FrenchWords.list("arrival-word");
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> REFLEXIVE = FrenchWords.list("reflexive");
    private static final Set<String> DATIVE = FrenchWords.list("dative-case");
    private static final Set<String> THROUGH = Set.of("conj", "appos", "nmod", "obj", "obl", "obl:arg", "obl:mod", "obl:agent", "dep");

    private final Cues cues;
    private final ActorResolver resolver;

    Holders(Cues cues, ActorResolver resolver) {
        this.cues = cues;
        this.resolver = resolver;
    }

    /** The holders of what the participle {@code trigger} qualifies, or none. */
    List<Resolved> of(LinkedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !(in.getRelation().toString().equals("acl") || in.getRelation().toString().equals("amod"))
                || !Morph.of(trigger).pastParticiple()) {
            return List.of();
        }
        if (Arguments.source(g, in.getGovernor())) {
            return List.of();
        }
        List<Resolved> owner = owner(s, g, in.getGovernor());
        if (!owner.isEmpty()) {
            return owner;
        }
        // « l'armée de l'air pakistanaise a engagé ses J-10C, livrés par la Chine »: the possessive of one possessor
        // on the materiel is the subject's of the verb it depends on (« leurs missiles » may be the aircraft's)
        IndexedWord det = Syntax.child(g, in.getGovernor(), "det");
        if (det != null && ONE_POSSESSOR.contains(Syntax.lower(det))) {
            // « affirme avoir abattu … grâce à ses J-10C »: through the verb that controls it
            IndexedWord above = verbAbove(g, in.getGovernor());
            IndexedWord subject = subjectOf(g, above, "xcomp");
            if (subject != null && handsOn(s, g, above)) {
                // « Zagreb a remis à Kiev ses hélicoptères Mi-8, acheminés par la route »: its subject gives them away
                return List.of();
            }
            if (subject != null) {
                return resolver.resolveWithConjuncts(s, subject);
            }
        }
        List<Resolved> holders = subjectOfVerbAbove(s, in.getGovernor(), Cues.Kind.holding);
        holders = holders.isEmpty() ? wielder(s, in.getGovernor()) : holders;
        holders = holders.isEmpty() ? destination(s, in.getGovernor()) : holders;
        return holders.isEmpty() ? buyerOfListed(s, in.getGovernor()) : holders;
    }

    /**
     * « l'arrivée au Nicaragua de chars T-72 livrés par la Russie », « les Su-30K commandés à Rosoboronexport ont
     * commencé à se poser à Luanda »: where the transferred materiel arrives (a noun or a verb of arrival,
     * french-words arrival-word, and its « à » or « en » phrase) is who received it.
     */
    private List<Resolved> destination(LinkedSentence s, IndexedWord materiel) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge up = Syntax.parentEdge(g, materiel);
        if (up == null) {
            return List.of();
        }
        IndexedWord above = up.getGovernor();
        String rel = up.getRelation().toString();
        IndexedWord arrival = null;
        if (rel.equals("nmod") && Syntax.hasCaseOrMark(g, materiel, DE) && Syntax.isNoun(above) && arrives(g, above)) {
            arrival = above;
        } else if (rel.startsWith("nsubj") && "VERB".equals(above.tag())) {
            // (« ont commencé à se poser »: through the verb of the phase it is in)
            IndexedWord phase = Syntax.child(g, above, "xcomp");
            arrival = arrives(g, above) ? above : phase != null && arrives(g, phase) ? phase : null;
        }
        if (arrival == null) {
            return List.of();
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(arrival)) {
            String r = e.getRelation().toString();
            String preposition = Syntax.caseWord(g, e.getDependent());
            if ((r.equals("nmod") || r.startsWith("obl")) && ("à".equals(preposition) || "en".equals(preposition))
                    && s.mentionAt(e.getDependent()) != null) {
                return resolver.resolve(s, e.getDependent(), 0);
            }
        }
        return List.of();
    }

    /** Whether a word says that something arrives (« arrivée », « atterrir », « se poser »; not « poser » alone). */
    private static boolean arrives(SemanticGraph g, IndexedWord w) {
        String lemma = Morph.lemma(w);
        return ARRIVAL.contains(lemma) && (!lemma.equals("poser") || g.getChildren(w).stream().anyMatch(c -> REFLEXIVE.contains(Syntax.lower(c))));
    }

    /**
     * « les acquisitions récentes de l'armée djiboutienne : une douzaine de véhicules Cougar, livrés par les
     * États-Unis »: materiel listed under a noun of purchases (through appositions and lists) is the buyer's, named
     * by that noun's « de » complement.
     */
    private List<Resolved> buyerOfListed(LinkedSentence s, IndexedWord noun) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord n = noun;
        for (int step = 0; step < MAX_STEPS; step++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, n);
            // « une dizaine de blindés »: through the count to what it counts
            boolean counted = up != null && up.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, n));
            if (up == null || !counted && !up.getRelation().toString().equals("conj") && !up.getRelation().toString().equals("appos")) {
                return List.of();
            }
            n = up.getGovernor();
            if (PURCHASE_NOUNS.contains(Morph.lemma(n))) {
                IndexedWord buyer = Syntax.child(g, n, "nmod");
                return buyer == null || !"de".equals(Syntax.caseWord(g, buyer)) || buyer.index() > noun.index() ? List.of()
                        : resolver.resolveWithConjuncts(s, buyer);
            }
        }
        return List.of();
    }

    /**
     * « Phnom Penh a riposté avec des lance-roquettes, dont une partie livrée par la Chine »: who acts with military
     * materiel (an « avec » phrase of a verb, through lists and appositions) holds it.
     */
    private List<Resolved> wielder(LinkedSentence s, IndexedWord noun) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord n = noun;
        for (int step = 0; step < MAX_STEPS; step++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, n);
            if (up == null) {
                return List.of();
            }
            String rel = up.getRelation().toString();
            if (rel.startsWith("obl") && "VERB".equals(up.getGovernor().tag()) && "avec".equals(Syntax.caseWord(g, n))
                    && cues.isWord(Cues.Kind.military, n.word())) {
                IndexedWord subject = subjectOf(g, up.getGovernor(), "conj");
                return subject == null ? List.of() : resolver.resolveWithConjuncts(s, subject);
            }
            if (!rel.equals("conj") && !rel.equals("appos")) {
                return List.of();
            }
            n = up.getGovernor();
        }
        return List.of();
    }

    /**
     * "le Mali a rompu avec l'Ukraine, accusée de soutenir le terrorisme": a participle without its agent on what a
     * hostile act is aimed at is the act's subject's (cues.tsv kind hostile).
     */
    List<Resolved> hostileSubject(LinkedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("acl") || !Morph.of(trigger).pastParticiple()
                || Syntax.child(g, trigger, "obl:agent") != null) {
            return List.of();
        }
        return subjectOfVerbAbove(s, in.getGovernor(), Cues.Kind.hostile);
    }

    /** The subject of the verb a noun is a complement of, when that verb is of a kind of cues.tsv; or none. */
    private List<Resolved> subjectOfVerbAbove(LinkedSentence s, IndexedWord noun, Cues.Kind kind) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord verb = verbAbove(g, noun);
        // « a cédé ses CAESAR à Kiev, puis les a remplacés par des ATMOS acquis auprès d'Elbit »: the subject the verb
        // shares with the one it is coordinated with; « après avoir réceptionné les S-400 achetées à la Russie, Ankara
        // a été exclue »: that of the clause an infinitive adjunct hangs on
        IndexedWord subject = subjectOf(g, verb, "conj");
        subject = subject != null || verb == null || Syntax.child(g, verb, "mark") == null ? subject : subjectOfClauseAbove(g, verb);
        return subject != null && cues.isWord(kind, Morph.lemma(verb)) ? resolver.resolveWithConjuncts(s, subject) : List.of();
    }

    /**
     * Whether what the participle {@code trigger} qualifies is held, by a verb of holding, by a subject the sentence
     * writes, actor or not (« les moudjahidines reçoivent des armes de plusieurs pays, acheminées par les services
     * pakistanais »: the recipients are written, though no state).
     */
    boolean heldByWrittenSubject(LinkedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("acl") || !Morph.of(trigger).pastParticiple()) {
            return false;
        }
        IndexedWord materiel = in.getGovernor();
        IndexedWord verb = verbAbove(g, materiel);
        IndexedWord subject = subjectOf(g, verb, "conj");
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, materiel);
        return subject != null && Syntax.isNoun(subject) && cues.isWord(Cues.Kind.holding, Morph.lemma(verb))
                && toVerb != null && toVerb.getRelation().toString().equals("obj") && toVerb.getGovernor().equals(verb);
    }

    /** The subject of {@code verb}, or, when it has none, that of the verb it hangs on by {@code relation}; or null. */
    private static IndexedWord subjectOf(SemanticGraph g, IndexedWord verb, String relation) {
        IndexedWord subject = verb == null ? null : Syntax.child(g, verb, "nsubj");
        SemanticGraphEdge up = verb == null || subject != null ? null : Syntax.parentEdge(g, verb);
        return up != null && up.getRelation().toString().equals(relation) && "VERB".equals(up.getGovernor().tag())
                ? Syntax.child(g, up.getGovernor(), "nsubj") : subject;
    }

    /** The subject (active or passive) of the verb an adverbial infinitive hangs on, or null. */
    private static IndexedWord subjectOfClauseAbove(SemanticGraph g, IndexedWord infinitive) {
        SemanticGraphEdge up = Syntax.parentEdge(g, infinitive);
        if (up == null || !up.getRelation().toString().equals("advcl") || !"VERB".equals(up.getGovernor().tag())) {
            return null;
        }
        IndexedWord subject = Syntax.child(g, up.getGovernor(), "nsubj");
        return subject != null ? subject : Syntax.child(g, up.getGovernor(), "nsubj:pass");
    }

    /** Whether a verb names a state the materiel goes to (« à Kiev », « lui »): its subject hands it on, and holds it no more. */
    private static boolean handsOn(LinkedSentence s, SemanticGraph g, IndexedWord verb) {
        return verb != null && g.outgoingEdgeList(verb).stream().anyMatch(e -> {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            return rel.equals("iobj") || rel.startsWith("obl") && Syntax.hasCaseOrMark(g, d, DATIVE) && s.mentionAt(d) != null
                    && !s.mentionAt(d).actor().isWeapon();
        });
    }

    /** The verb a noun is a complement of, through other nouns, or null. */
    private static IndexedWord verbAbove(SemanticGraph g, IndexedWord noun) {
        IndexedWord n = noun;
        for (int step = 0; step < MAX_STEPS; step++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, n);
            if (up == null || !THROUGH.contains(up.getRelation().toString())) {
                return null;
            }
            n = up.getGovernor();
            if ("VERB".equals(n.tag())) {
                return n;
            }
        }
        return null;
    }

    /**
     * The state whose materiel a transfer supplies a part of, named by a « de » phrase on what the part is of
     * (« fournit l'essentiel des armements d'Islamabad », « 70 % des armes de l'Égypte »), or none. Only through a
     * part: on what is supplied itself, « des chars de la Russie » may be Russian-made; but armed forces make no
     * materiel (« l'essentiel des équipements des forces maldiviennes », « des blindés de l'armée malienne »).
     */
    List<Resolved> themeOwner(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord theme : themes) {
            IndexedWord whole = deComplements(g, theme).findFirst().orElse(null);
            for (IndexedWord d : whole == null ? List.<IndexedWord>of() : deComplements(g, whole).toList()) {
                Mention m = s.mentionAt(d);
                if (m != null && !m.actor().isWeapon() && m.form() != NameForm.demonym) {
                    return resolver.resolve(s, d, 0);
                }
            }
            // « la Russie fournit l'essentiel de l'armement kazakh »: the bulk of an arsenal a demonym qualifies is the
            // arsenal of that state (« des chars russes » name their maker)
            boolean bulkOfArsenal = whole != null && BULK.contains(Morph.lemma(theme)) && ARSENAL.contains(Morph.lemma(whole));
            // « a fourni l'essentiel de notre matériel »: or whose arsenal a possessive says
            IndexedWord whose = bulkOfArsenal ? Syntax.child(g, whole, "det") : null;
            if (Anaphora.isPossessive(whose)) {
                List<Resolved> owners = resolver.resolve(s, whose, 0);
                if (!owners.isEmpty()) {
                    return owners;
                }
            }
            for (IndexedWord d : bulkOfArsenal ? g.outgoingEdgeList(whole).stream().filter(e -> e.getRelation().toString().equals("amod"))
                    .map(SemanticGraphEdge::getDependent).toList() : List.<IndexedWord>of()) {
                Mention m = s.mentionAt(d);
                if (m != null && m.form() == NameForm.demonym) {
                    return resolver.resolve(s, d, 0);
                }
            }
            List<Resolved> possessor = passiveSubjectPossessor(s, g, theme);
            if (!possessor.isEmpty()) {
                return possessor;
            }
            for (IndexedWord d : Stream.concat(Stream.of(theme), Stream.ofNullable(whole)).flatMap(n -> deComplements(g, n)).toList()) {
                List<Resolved> forces = s.mentionAt(d) == null && Syntax.isArmedForces(d) ? resolver.resolve(s, d, 0) : List.of();
                if (!forces.isEmpty()) {
                    return forces;
                }
            }
        }
        return List.of();
    }

    /**
     * « Ses chars ont été livrés par la Russie », « Londres, dont les missiles Trident sont fournis par les
     * États-Unis »: materiel the subject of a passive transfer is, and a possessive or « dont » says whose, is held by
     * that owner, who received it. (Of an active one, « Berlin a cédé ses chars », it is the supplier's own.)
     */
    private List<Resolved> passiveSubjectPossessor(LinkedSentence s, SemanticGraph g, IndexedWord theme) {
        SemanticGraphEdge in = Syntax.parentEdge(g, theme);
        if (in == null || !in.getRelation().toString().equals("nsubj:pass")) {
            return List.of();
        }
        IndexedWord det = Syntax.child(g, theme, "det");
        if (Anaphora.isPossessive(det)) {
            return resolver.resolve(s, det, 0);
        }
        IndexedWord dont = g.getChildren(theme).stream().filter(c -> Syntax.lower(c).equals("dont")).findFirst().orElse(null);
        return dont == null ? List.of() : resolver.resolve(s, dont, 0);
    }

    /**
     * "une bonne partie de ses vieux T-72 a été cédée à l'Ukraine": the state a possessive on the materiel (or on the
     * noun it is a part of) stands for, or else a demonym on it, who gave what was its own; none without one.
     */
    List<Resolved> possessor(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord theme : themes) {
            for (IndexedWord n : withDeComplements(g, theme)) {
                IndexedWord det = Syntax.child(g, n, "det");
                if (det != null && FrenchWords.list("possessive").contains(Syntax.lower(det))) {
                    return resolver.resolve(s, det, 0);
                }
            }
        }
        // « les premiers chasseurs F-16 danois ont été remis à l'armée de l'air ukrainienne »: a demonym on the
        // materiel the passive is about names whose it was, whoever built it; so does one on the object of a verb whose
        // subject is no state (« un contrat a transféré à la Roumanie les F-16 néerlandais »)
        // (« soixante-huit tonnes d'armes ukrainiennes avaient été expédiées »: or on what a quantity is of)
        return ownerNamedOn(s, themes.stream().filter(theme -> {
            SemanticGraphEdge in = Syntax.parentEdge(g, theme);
            return in != null && (in.getRelation().toString().equals("nsubj:pass") || in.getRelation().toString().equals("obj"));
        }).toList());
    }

    /**
     * « les avions avaient été achetés en Biélorussie et livrés à Abidjan »: the state that a delivering verb
     * coordinated after a purchase delivers to, which the purchase was for; none when it names none.
     */
    List<Resolved> deliveredToInConjunct(LinkedSentence s, IndexedWord purchase) {
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(purchase)) {
            IndexedWord delivering = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !DELIVERING.contains(Morph.lemma(delivering))) {
                continue;
            }
            for (SemanticGraphEdge f : g.outgoingEdgeList(delivering)) {
                if (f.getRelation().toString().startsWith("obl") && "à".equals(PrepositionSlots.prepositionSlot(g, f.getDependent()))) {
                    List<Resolved> to = resolver.resolve(s, f.getDependent(), 0);
                    if (!to.isEmpty()) {
                        return to;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * « Une partie de ces pièces a depuis été cédée à Kiev »: whether the materiel (or the noun it is a part of), subject
     * of a passive transfer, is taken up by a demonstrative: what was told of it before says who held it.
     */
    static boolean takenUpByDemonstrative(SemanticGraph g, List<IndexedWord> themes) {
        return themes.stream().anyMatch(theme -> {
            SemanticGraphEdge in = Syntax.parentEdge(g, theme);
            IndexedWord whole = in != null && in.getRelation().toString().equals("nmod") ? in.getGovernor() : theme;
            SemanticGraphEdge top = Syntax.parentEdge(g, whole);
            return top != null && top.getRelation().toString().equals("nsubj:pass") && withDeComplements(g, whole).stream()
                    .map(n -> Syntax.child(g, n, "det")).anyMatch(d -> d != null && DEMONSTRATIVES.contains(Syntax.lower(d)));
        });
    }

    /** A noun and its « de » complements (« tonnes », « d'armes »). */
    private static List<IndexedWord> withDeComplements(SemanticGraph g, IndexedWord noun) {
        return Stream.concat(Stream.of(noun), deComplements(g, noun)).toList();
    }

    /** A noun's « de » complements (« de la Russie », « d'armes »). */
    static Stream<IndexedWord> deComplements(SemanticGraph g, IndexedWord noun) {
        return g.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("nmod"))
                .map(SemanticGraphEdge::getDependent).filter(d -> "de".equals(PrepositionSlots.prepositionSlot(g, d)));
    }

    /** « vingt-quatre F-16 danois »: the actor a demonym on the materiel (or on what it is a quantity of) names, or none. */
    List<Resolved> ownerNamedOn(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord theme : themes) {
            for (IndexedWord n : withDeComplements(g, theme)) {
                List<Resolved> owners = owner(s, g, n);
                if (!owners.isEmpty()) {
                    return owners;
                }
            }
        }
        return List.of();
    }

    /**
     * "un drone Hermes 450 géorgien, acquis auprès de l'israélien Elbit Systems": a demonym on the materiel names its
     * owner (the caller drops it when it is the supplier's state or the weapon's origin: « des drones turcs »).
     */
    private List<Resolved> owner(LinkedSentence s, SemanticGraph g, IndexedWord materiel) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(materiel)) {
            String rel = e.getRelation().toString();
            Mention m = s.mentionAt(e.getDependent());
            if ((rel.equals("amod") || rel.equals("appos")) && m != null && m.form() == NameForm.demonym) {
                return resolver.resolve(s, e.getDependent(), 0);
            }
            // The designation apposed to the noun ("un drone Hermes 450 géorgien") may carry it.
            if (rel.equals("appos") && m != null && m.actor().isWeapon()) {
                List<Resolved> onName = owner(s, g, e.getDependent());
                if (!onName.isEmpty()) {
                    return onName;
                }
            }
        }
        // « le réarmement turc, notamment les chasseurs F-16 livrés par les États-Unis »: the materiel is an instance of the
        // noun it is in apposition to, whose demonym names the owner
        SemanticGraphEdge in = Syntax.parentEdge(g, materiel);
        if (in != null && in.getRelation().toString().equals("appos") && in.getGovernor().index() < materiel.index()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                Mention m = s.mentionAt(e.getDependent());
                if (e.getRelation().toString().equals("amod") && m != null && m.form() == NameForm.demonym) {
                    return resolver.resolve(s, e.getDependent(), 0);
                }
            }
        }
        return List.of();
    }
}
