package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;

/**
 * Repairs of complements hung on the wrong word: an object read as an apposition of an oblique (« d'un côté »,
 * after a quoted phrase, a counted noun after « à » or « auprès de »), a complement hung on an agent, a complement
 * hung on the clause after a comma.
 */
final class ComplementRepairs {
    private static final Set<String> AIMED = FrenchWords.list("aimed-case");
    private static final Set<String> PLACE_CASES = FrenchWords.list("place-case");
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");

    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final Set<String> DATIVE = FrenchWords.list("dative-case");
    private static final Set<String> ADDRESSEE = FrenchWords.list("addressee-case");
    private static final Set<String> DE = Set.of("de", "d'");
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private static final Set<String> BEFORE = Set.of("devant");
    private static final Set<String> AMBIGUOUS_CLITICS = FrenchWords.list("object-or-dative-clitic");
    private static final Set<String> OBJECT_AND_INFINITIVE = FrenchWords.list("object-and-infinitive-verb");
    private static final Set<String> CHARGING = FrenchWords.list("charging-verb");

    private static final Set<String> STRESSED_PRONOUNS = Set.of("lui", "elle", "eux", "elles");

    private ComplementRepairs() {}

    /**
     * « dont les premières batteries lui ont été livrées à partir de 2021, malgré les menaces de sanctions brandies à
     * l'époque par Washington »: the parser hangs the agent on the clause's verb, past a comma and a participle of a
     * later phrase (which the tagger may read as an adjective). The agent is that participle's, the nearest before it.
     */
    private static void agentOfNearerParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord agent = e.getDependent();
            if (!e.getRelation().toString().equals("obl:agent") || agent.index() < verb.index()) {
                continue;
            }
            IndexedWord participle = null;
            for (int i = Syntax.phraseStart(g, agent) - 1; i > verb.index() && participle == null; i--) {
                IndexedWord w = g.getNodeByIndexSafe(i);
                Morph m = w == null ? Morph.UNKNOWN : Morph.of(w);
                if (w != null && ("VERB".equals(w.tag()) || "ADJ".equals(w.tag())) && (m.pastParticiple() || m.asParticiple() != null)) {
                    participle = w;
                }
            }
            if (participle == null || !Syntax.wordBetween(g, verb, participle, Set.of(",")) || !ParseRepairs.isBelow(g, participle, verb)
                    || Syntax.child(g, participle, "obl:agent") != null || Syntax.child(g, participle, "nsubj") != null) {
                continue;
            }
            if ("ADJ".equals(participle.tag())) {
                adjectiveAsParticiple(g, participle);
            }
            ParseRepairs.move(g, e, participle, "obl:agent");
        }
    }

    /**
     * « le voisin kirghiz, armé lui aussi de longue date par Moscou »: the parser takes the stressed pronoun right after
     * a verb, with « aussi », for its object, and hangs the verb's complements on it. The pronoun only insists on who is
     * meant; what hangs on it is the verb's.
     */
    private static void stressedPronounTakenForObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord pronoun = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !STRESSED_PRONOUNS.contains(Syntax.lower(pronoun))
                    || pronoun.index() != verb.index() + 1
                    || g.getChildren(pronoun).stream().noneMatch(c -> Syntax.lower(c).equals("aussi"))) {
                continue;
            }
            // (not where a name or a noun without preposition hangs on it: « accuse elle aussi Kigali », « s'est offert
            // lui aussi douze Rafale » keep their object there)
            if (g.outgoingEdgeList(pronoun).stream().anyMatch(c -> Syntax.isNoun(c.getDependent()) && Syntax.child(g, c.getDependent(), "case") == null)) {
                continue;
            }
            ParseRepairs.move(g, e, verb, "dislocated");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(pronoun))) {
                if (c.getRelation().toString().equals("nmod")) {
                    ParseRepairs.move(g, c, verb, "obl");
                }
            }
        }
    }

    /**
     * « Son armée, équipée de longue date par l'Union soviétique, a reçu … », « le voisin kirghiz, armé lui aussi de
     * longue date par Moscou »: the parser hangs the « par » phrase after a participle that describes a noun on the
     * clause's verb after it, or on a word of the participle's own phrase. With no comma and no other verb between them,
     * and the participle having no agent, the phrase is the participle's agent.
     */
    private static void agentOfDescribingParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord agent = e.getDependent();
            String rel = e.getRelation().toString();
            if (!"par".equals(Syntax.caseWord(g, agent)) || !(rel.startsWith("obl") || rel.equals("nmod")) || rel.equals("obl:agent")) {
                continue;
            }
            IndexedWord participle = participleBefore(g, agent);
            SemanticGraphEdge described = participle == null ? null : Syntax.parentEdge(g, participle);
            if (described == null || participle.equals(head) || !described.getRelation().toString().equals("acl")
                    || !Syntax.isNoun(described.getGovernor()) || Syntax.child(g, participle, "obl:agent") != null
                    || Syntax.child(g, participle, "aux") != null) {
                continue;
            }
            boolean onLaterVerb = "VERB".equals(head.tag()) && head.index() > agent.index() && Syntax.child(g, head, "aux:pass") == null;
            // (on a pronoun or a bare noun of its phrase: « armé lui aussi de longue date », « équipée de chars par »)
            boolean inOwnPhrase = ParseRepairs.isBelow(g, head, participle)
                    && ("PRON".equals(head.tag()) || "NOUN".equals(head.tag()) && Syntax.child(g, head, "det") == null);
            if (onLaterVerb || inOwnPhrase) {
                ParseRepairs.move(g, e, participle, "obl:agent");
            }
        }
    }

    /**
     * « les drones exhibés lors du défilé, les premiers appareils de ce type acquis par l'armée auprès de la Turquie »:
     * the parser hangs « auprès de » on a noun or a verb further back; the phrase is the past participle's right before
     * it (no comma, no finite verb between).
     */
    private static void sourceOfNearerParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord source = e.getDependent();
            if (!e.getRelation().toString().matches("obl.*|nmod") || source.index() < verb.index() || !ADDRESSEE.contains(String.valueOf(Syntax.caseWord(g, source)))) {
                continue;
            }
            IndexedWord participle = participleBefore(g, source);
            if (participle != null && participle.index() > verb.index() && ParseRepairs.isBelow(g, participle, verb) && g.outgoingEdgeList(participle).stream()
                    .noneMatch(x -> ADDRESSEE.contains(String.valueOf(Syntax.caseWord(g, x.getDependent()))))) {
                ParseRepairs.move(g, e, participle, "obl");
            }
        }
    }

    /** The past participle before a phrase (« par », « auprès de »), with no comma, no finite verb and no other participle between; or null. */
    private static IndexedWord participleBefore(SemanticGraph g, IndexedWord agent) {
        for (int i = Syntax.phraseStart(g, agent) - 1; i > 0; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || ",".equals(w.word()) || "AUX".equals(w.tag())) {
                return null;
            }
            if ("VERB".equals(w.tag())) {
                return Morph.of(w).pastParticiple() ? w : null;
            }
        }
        return null;
    }

    /**
     * The repairs that run after agreement ({@link DiscourseInsert} runs before); {@link #countedObjectOfDative} runs per
     * complement.
     */
    static void apply(SemanticGraph g) {
        agentOfNearerParticiple(g);
        sourceOfNearerParticiple(g);
        agentOfAdjectiveParticiple(g);
        stressedPronounTakenForObject(g);
        agentOfDescribingParticiple(g);
        againstOnAgent(g);
        agentOfObject(g);
        agentOnPassiveComplement(g);
        complementBeforeComma(g);
        TimeOnObject.apply(g);
        TransferNounComplements.apply(g);
        dativeOnObject(g);
        secondDativeOnObject(g);
        addresseeOnObject(g);
        courtOnNamedObject(g);
        PartitiveAfterTime.apply(g);
        PostposedDuration.apply(g);
        PartitiveAfterDative.apply(g);
        PartitiveAfterDative.onLaterVerb(g);
        SourceTakenForObject.apply(g);
        ConjunctBeforeApposition.apply(g);
        PurposeOfParticiple.apply(g);
        PartyOfContractParticiple.apply(g);
        PhraseAfterColon.apply(g);
        CompletiveTail.apply(g);
        ComparedConjunct.apply(g);
        ComparedConjunct.subjectCompared(g);
        namedObliqueWithoutCase(g);
        afterLongStanding(g);
        adverbOnNounBefore(g);
        inParticular(g);
        asWellAsOnOblique(g);
        participleSharingAuxiliary(g);
        directObjectClitic(g);
        chargeOnObject(g);
        chargeClauseOnObject(g);
    }

    /**
     * « a accusé les deux capitales de « mensonge » »: the parser hangs what one is accused of, a bare noun after « de »,
     * on the object; it is the verb's own « de » phrase (a complement with its article, « le ministre de la Défense »,
     * stays the object's; so does any complement of what « condamner » condemns: « chaque tir de missile »).
     */
    private static void chargeOnObject(SemanticGraph g) {
        for (SemanticGraphEdge o : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = o.getGovernor();
            IndexedWord object = o.getDependent();
            if (!o.getRelation().toString().equals("obj") || !"VERB".equals(verb.tag()) || !CHARGING.contains(Morph.lemma(verb))
                    || g.outgoingEdgeList(verb).stream().anyMatch(c -> Syntax.hasCaseOrMark(g, c.getDependent(), DE) && c.getRelation().toString().matches("obl.*|xcomp"))) {
                continue;
            }
            g.outgoingEdgeList(object).stream()
                    .filter(c -> c.getRelation().toString().equals("nmod") && "NOUN".equals(c.getDependent().tag())
                            && c.getDependent().index() > object.index() && Syntax.hasCaseOrMark(g, c.getDependent(), DE)
                            && Syntax.child(g, c.getDependent(), "det") == null)
                    .findFirst().ifPresent(c -> ParseRepairs.move(g, c, verb, "obl:arg"));
        }
    }

    /**
     * « accuse son voisin d'armer les rebelles »: the parser hangs the infinitive one is accused of on the
     * object, as if it described it; it is the verb's complement (xcomp), whose subject is the object.
     */
    private static void chargeClauseOnObject(SemanticGraph g) {
        for (SemanticGraphEdge o : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = o.getGovernor();
            if (!o.getRelation().toString().equals("obj") || !"VERB".equals(verb.tag()) || !CHARGING.contains(Morph.lemma(verb))
                    || Syntax.child(g, verb, "xcomp") != null) {
                continue;
            }
            g.outgoingEdgeList(o.getDependent()).stream()
                    .filter(c -> c.getRelation().toString().equals("acl") && c.getDependent().index() > o.getDependent().index()
                            && Morph.of(c.getDependent()).infinitive() && Syntax.hasCaseOrMark(g, c.getDependent(), DE))
                    .findFirst().ifPresent(c -> ParseRepairs.move(g, c, verb, "xcomp"));
        }
    }

    /**
     * « son pays a fourni « un nombre limité » de drones à la Russie »: a name with « à » that the parser hung on the
     * « de » complement of the verb's object is the verb's own « à » phrase, where the verb has none and neither noun
     * is a transfer noun (whose own recipient it is: « a approuvé la vente de chars à l'Inde »). Not one on the object
     * itself: « a dénoncé une escalade imputable à l'Iran ».
     */
    private static void dativeOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("nmod") || !"PROPN".equals(name.tag()) || !Syntax.hasCaseOrMark(g, name, DATIVE)) {
                continue;
            }
            IndexedWord complement = e.getGovernor();
            SemanticGraphEdge toComplement = Syntax.parentEdge(g, complement);
            if (toComplement == null || !toComplement.getRelation().toString().equals("nmod")
                    || !DE.contains(String.valueOf(Syntax.caseWord(g, complement))) || TRANSFER_NOUNS.contains(Morph.lemma(complement))) {
                continue;
            }
            IndexedWord object = toComplement.getGovernor();
            SemanticGraphEdge toObject = Syntax.parentEdge(g, object);
            if (toObject == null || !toObject.getRelation().toString().equals("obj") || TRANSFER_NOUNS.contains(Morph.lemma(object))
                    || !"VERB".equals(toObject.getGovernor().tag())) {
                continue;
            }
            IndexedWord verb = toObject.getGovernor();
            boolean hasDative = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("iobj")
                    || x.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, x.getDependent(), DATIVE));
            if (!hasDative) {
                ParseRepairs.move(g, e, verb, "obl:arg");
            }
        }
    }

    /**
     * « reprochant au régime son appui à Nicolás Maduro »: a verb takes one « à » phrase; a second one the parser hangs
     * on it, right after an object with a possessive (a deed of the one the first names), is the object's.
     */
    private static void secondDativeOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord second = e.getDependent();
            IndexedWord object = Syntax.child(g, verb, "obj");
            IndexedWord det = object == null ? null : Syntax.child(g, object, "det");
            if (!e.getRelation().toString().startsWith("obl") || !Syntax.hasCaseOrMark(g, second, DATIVE) || det == null
                    || !POSSESSIVES.contains(Syntax.lower(det)) || Syntax.phraseStart(g, second) != Syntax.phraseEnd(g, object) + 1) {
                continue;
            }
            boolean firstDative = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getDependent().index() < object.index()
                    && (x.getRelation().toString().equals("iobj")
                            || x.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, x.getDependent(), DATIVE)));
            if (firstDative) {
                ParseRepairs.move(g, e, object, "nmod");
            }
        }
    }

    /**
     * « a le plus souvent équipé ses escadrilles auprès de Washington »: a name with « auprès de » that the parser hung on
     * the verb's object is the verb's complement, unless the object is a transfer noun (« l'achat auprès de Moscou »).
     */
    private static void addresseeOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            SemanticGraphEdge toObject = Syntax.parentEdge(g, e.getGovernor());
            if (e.getRelation().toString().equals("nmod") && "PROPN".equals(name.tag()) && Syntax.hasCaseOrMark(g, name, ADDRESSEE)
                    && toObject != null && toObject.getRelation().toString().equals("obj") && "VERB".equals(toObject.getGovernor().tag())
                    && !TRANSFER_NOUNS.contains(Morph.lemma(e.getGovernor()))) {
                ParseRepairs.move(g, e, toObject.getGovernor(), "obl:arg");
            }
        }
    }

    /**
     * « la Gambie poursuit depuis 2019 la Birmanie devant la Cour internationale de justice »: a « devant » phrase the
     * parser hung on a name that is a verb's object is the verb's (a name takes no « devant » phrase of its own).
     */
    private static void courtOnNamedObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getGovernor();
            SemanticGraphEdge toName = Syntax.parentEdge(g, name);
            if (e.getRelation().toString().equals("nmod") && "PROPN".equals(name.tag()) && Syntax.hasCaseOrMark(g, e.getDependent(), BEFORE)
                    && toName != null && toName.getRelation().toString().equals("obj") && "VERB".equals(toName.getGovernor().tag())) {
                ParseRepairs.move(g, e, toName.getGovernor(), "obl");
            }
        }
    }

    /**
     * "Alger a reproché au Maroc des actes incessants et imputé au royaume ...": a bare past participle conjoined to
     * an adjective, or to the object ("a cédé à Bichkek des hélicoptères …, et livré à Douchanbé …"), is the second
     * verb of the compound tense before it, sharing its auxiliary and subject.
     */
    static void participleSharingAuxiliary(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord adjective = e.getGovernor();
            SemanticGraphEdge up = Syntax.parentEdge(g, adjective);
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple()
                    || Syntax.child(g, participle, "aux") != null || Syntax.child(g, participle, "nsubj") != null
                    || !("ADJ".equals(adjective.tag()) || Syntax.isNoun(adjective) && up != null && up.getRelation().toString().equals("obj"))
                    || up == null) {
                continue;
            }
            IndexedWord verb = up.getGovernor();
            if ("VERB".equals(verb.tag()) && Syntax.child(g, verb, "aux") != null && verb.index() < adjective.index()) {
                ParseRepairs.move(g, e, verb, "conj");
            }
        }
    }

    /**
     * "tient le régime syrien pour responsable, ainsi que l'Iran": a name added with « ainsi que » after an oblique
     * of a verb goes with the verb's object, not with the oblique the parser hung it on.
     */
    static void asWellAsOnOblique(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            IndexedWord oblique = e.getGovernor();
            IndexedWord cc = Syntax.child(g, name, "cc");
            SemanticGraphEdge up = Syntax.parentEdge(g, oblique);
            // « pour responsable de l'attaque, ainsi que l'Iran »: or on a complement of the oblique.
            for (int i = 0; i < 2 && up != null && up.getRelation().toString().equals("nmod"); i++) {
                up = Syntax.parentEdge(g, up.getGovernor());
            }
            if (!e.getRelation().toString().equals("conj") || !"PROPN".equals(name.tag()) || cc == null
                    || !Syntax.lower(cc).equals("ainsi") || up == null || !up.getRelation().toString().startsWith("obl")) {
                continue;
            }
            IndexedWord object = Syntax.child(g, up.getGovernor(), "obj");
            if (object != null && object.index() < up.getDependent().index()) {
                ParseRepairs.move(g, e, object, "conj");
            }
        }
    }

    /**
     * « la Russie, fournisseur de toujours de l'armée biélorusse »: an adverb after « de » right after a noun
     * (« de toujours », « d'alors ») qualifies that noun; the parser may hang it on the next complement.
     */
    static void adverbOnNounBefore(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adverb = e.getDependent();
            IndexedWord de = Syntax.child(g, adverb, "case");
            IndexedWord noun = de == null ? null : g.getNodeByIndexSafe(de.index() - 1);
            if (de == null || !"ADV".equals(adverb.tag()) || de.index() != adverb.index() - 1 || !DE.contains(Syntax.lower(de))
                    || noun == null || !"NOUN".equals(noun.tag()) || e.getGovernor().equals(noun) || ParseRepairs.isBelow(g, noun, adverb)) {
                continue;
            }
            ParseRepairs.move(g, e, noun, "advmod");
        }
    }

    /**
     * « le fournisseur attitré des forces boliviennes, en particulier de leur aviation »: the parser takes « en
     * particulier » for a complement and hangs the narrowed phrase on it; it is an adverb, and the phrase after it a
     * complement of the word « particulier » hangs on.
     */
    static void inParticular(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord particular = e.getDependent();
            IndexedWord en = Syntax.child(g, particular, "case");
            if (!Syntax.lower(particular).equals("particulier") || en == null || !Syntax.lower(en).equals("en")
                    || en.index() != particular.index() - 1 || e.getRelation().toString().equals("advmod")) {
                continue;
            }
            for (SemanticGraphEdge narrowed : new ArrayList<>(g.outgoingEdgeList(particular))) {
                if (narrowed.getDependent().index() > particular.index() && narrowed.getRelation().toString().matches("nmod|obl.*")) {
                    ParseRepairs.move(g, narrowed, e.getGovernor(), narrowed.getRelation().toString());
                }
            }
            ParseRepairs.move(g, e, e.getGovernor(), "advmod");
        }
    }

    /**
     * "fournisseur de longue date de la marine turque": « de longue date » qualifies the noun before it; the parser
     * hangs the next complement (and its adjectives) on « date ».
     */
    static void afterLongStanding(SemanticGraph g) {
        for (IndexedWord date : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, date);
            IndexedWord longue = Syntax.child(g, date, "amod");
            if (!Morph.lemma(date).equals("date") || in == null || !in.getRelation().toString().equals("nmod")
                    || longue == null || !Morph.lemma(longue).equals("long") || longue.index() > date.index()) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(date))) {
                if (e.getDependent().index() > date.index() && !e.getRelation().toString().equals("punct")) {
                    ParseRepairs.move(g, e, in.getGovernor(), e.getRelation().toString());
                }
            }
        }
    }

    /**
     * "Jakarta a accusé à plusieurs reprises Pékin de violer ...": after an adverbial phrase the parser may read the
     * object as an oblique; a proper name without a preposition, under a verb with no object, is its object, and
     * right after the object and a comma, the object's next conjunct.
     */
    static void namedObliqueWithoutCase(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("obl") || !"PROPN".equals(name.tag()) || Syntax.child(g, name, "case") != null
                    || !"VERB".equals(verb.tag()) || name.index() < verb.index()) {
                continue;
            }
            IndexedWord object = Syntax.child(g, verb, "obj");
            IndexedWord before = g.getNodeByIndexSafe(name.index() - 1);
            if (object == null) {
                ParseRepairs.move(g, e, verb, "obj");
            } else if (object.index() == name.index() - 2 && before != null && before.word().equals(",")) {
                // "a accusé Washington, Londres et Canberra de ...": the next name of a list of objects.
                ParseRepairs.move(g, e, object, "conj");
            }
        }
    }

    /**
     * « ce qui valut à La Haye d'être accusée d'ingérence par Pékin »: the parser hangs the agent of a passive on the
     * complement before it. A « par » phrase on a passive verb's complement (not on a transfer noun, which has agents
     * of its own: « accusé de la livraison par l'Iran de drones ») is the verb's agent when it has none.
     */
    static void agentOnPassiveComplement(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, noun);
            if (!e.getRelation().toString().equals("nmod") || !"par".equals(Syntax.caseWord(g, e.getDependent())) || in == null
                    || !in.getRelation().toString().startsWith("obl") || TRANSFER_NOUNS.contains(Morph.lemma(noun))) {
                continue;
            }
            IndexedWord verb = in.getGovernor();
            if ("VERB".equals(verb.tag()) && Syntax.child(g, verb, "aux:pass") != null && Syntax.child(g, verb, "obl:agent") == null) {
                ParseRepairs.move(g, e, verb, "obl:agent");
            }
        }
    }

    /**
     * « Quatre vedettes rapides offertes par le gouvernement chinois ont rejoint la marine »: the tagger reads the
     * participle as an adjective and the parser hangs the « par » phrase right after it on the noun (or on an adverb
     * after the participle; the participle may be on a name in apposition to the noun). The participle is a reduced
     * relative on the noun, and the phrase its agent.
     */
    private static void agentOfAdjectiveParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord agent = e.getDependent();
            // (or on the adverb after the participle: « cédés gratuitement par Taïwan »)
            boolean onAdverb = "ADV".equals(noun.tag()) && e.getRelation().toString().matches("obl.*|nmod");
            if (!(e.getRelation().toString().equals("nmod") && Syntax.isNoun(noun) || onAdverb) || !"par".equals(Syntax.caseWord(g, agent))) {
                continue;
            }
            int before = Syntax.phraseStart(g, agent) - 1;
            while (g.getNodeByIndexSafe(before) != null && "ADV".equals(g.getNodeByIndexSafe(before).tag())) {
                before--;
            }
            IndexedWord participle = g.getNodeByIndexSafe(before);
            SemanticGraphEdge in = participle == null ? null : Syntax.parentEdge(g, participle);
            Morph m = participle == null ? Morph.UNKNOWN : Morph.of(participle);
            // on the noun, or on a name in apposition to it (« deux hélicoptères Bell UH-1H cédés par Taïwan »)
            boolean describes = in != null && (onAdverb ? noun.index() > participle.index()
                    : in.getGovernor().equals(noun) || "PROPN".equals(in.getGovernor().tag()) && ParseRepairs.isBelow(g, in.getGovernor(), noun));
            if (describes && "ADJ".equals(participle.tag()) && in.getRelation().toString().equals("amod")
                    && (m.pastParticiple() || m.asParticiple() != null)) {
                adjectiveAsParticiple(g, participle);
                ParseRepairs.move(g, e, participle, "obl:agent");
            }
        }
    }

    /** A participle the tagger read as an adjective is a verb, and a reduced relative on the noun it modified. */
    private static void adjectiveAsParticiple(SemanticGraph g, IndexedWord participle) {
        participle.setTag("VERB");
        SemanticGraphEdge in = Syntax.parentEdge(g, participle);
        if (in.getRelation().toString().equals("amod")) {
            ParseRepairs.move(g, in, in.getGovernor(), "acl");
        }
    }

    /**
     * "Nous condamnons l'acquisition par Moscou de munitions": an agent hung on an active verb, after its object, is
     * the object noun's agent (an active verb has none of its own).
     */
    static void agentOfObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord object = Syntax.child(g, verb, "obj");
            if (e.getRelation().toString().equals("obl:agent") && "VERB".equals(verb.tag()) && object != null
                    && "NOUN".equals(object.tag()) && object.index() < e.getDependent().index()
                    && (!Morph.of(verb).pastParticiple() || Syntax.child(g, verb, "aux") != null)
                    && Syntax.child(g, verb, "aux:pass") == null) {
                ParseRepairs.move(g, e, object, "nmod");
                IndexedWord agent = e.getDependent();
                for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(agent))) {
                    // "la vente par Paris de 60 Mirage à Taïwan": a name takes no complement; they are the event's.
                    if ("PROPN".equals(agent.tag()) && c.getRelation().toString().equals("nmod") && c.getDependent().index() > agent.index()
                            && Syntax.hasCaseOrMark(g, c.getDependent(), Set.of("de", "à"))) {
                        ParseRepairs.move(g, c, object, "nmod");
                    }
                }
            }
        }
    }

    /**
     * "les accusations portées par le régime syrien contre le Qatar": a complement with "contre" or "envers" after an
     * agent is the verb's; a "par" phrase names who acts, it is not itself aimed at anyone.
     */
    private static void againstOnAgent(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord agent = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, agent);
            String preposition = String.valueOf(Syntax.caseWord(g, e.getDependent()));
            if (!e.getRelation().toString().equals("nmod") || in == null) {
                continue;
            }
            boolean verbAgent = in.getRelation().toString().equals("obl:agent");
            boolean nounAgent = in.getRelation().toString().equals("nmod") && "par".equals(Syntax.caseWord(g, agent))
                    && Syntax.isNoun(in.getGovernor());
            // "la commande par ce pays de missiles": a phrase with a demonstrative takes no "de" complement.
            IndexedWord det = Syntax.child(g, agent, "det");
            boolean demonstrative = det != null && DEMONSTRATIVES.contains(Syntax.lower(det)) && preposition.equals("de");
            if ((verbAgent || nounAgent) && (AIMED.contains(preposition) || demonstrative)) {
                ParseRepairs.move(g, e, in.getGovernor(), verbAgent ? "obl" : "nmod");
            }
        }
    }

    /**
     * "exportent des armes en Éthiopie et en Érythrée, la famine persiste": a complement right after a verb's object
     * and before a comma that opens a clause with its own subject belongs to that verb, not to the next clause's.
     */
    private static void complementBeforeComma(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord complement = e.getDependent();
            IndexedWord later = e.getGovernor();
            IndexedWord preposition = Syntax.child(g, complement, "case");
            if (!e.getRelation().toString().startsWith("obl") || !"VERB".equals(later.tag()) || preposition == null
                    || complement.index() > later.index() || !PLACE_CASES.contains(Syntax.lower(preposition))) {
                continue;
            }
            IndexedWord subject = Syntax.child(g, later, "nsubj");
            IndexedWord comma = g.vertexListSorted().stream().filter(w -> w.word().equals(",")
                    && w.index() > complement.index() && w.index() < later.index()).findFirst().orElse(null);
            IndexedWord before = g.getNodeByIndexSafe(preposition.index() - 1);
            if (subject == null || comma == null || subject.index() < comma.index() || before == null) {
                continue;
            }
            for (SemanticGraphEdge o : g.getIncomingEdgesSorted(objectHeadOf(g, before))) {
                IndexedWord verb = o.getGovernor();
                if (o.getRelation().toString().equals("obj") && "VERB".equals(verb.tag()) && verb.index() < complement.index()
                        && !verb.equals(later)) {
                    ParseRepairs.move(g, e, verb, "obl");
                    break;
                }
            }
        }
    }

    private static IndexedWord objectHeadOf(SemanticGraph g, IndexedWord w) {
        IndexedWord n = w;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null || in.getRelation().toString().equals("obj")) {
                return n;
            }
            n = in.getGovernor();
        }
        return n;
    }

    static void countedObjectOfDative(SemanticGraph g, IndexedWord verb, IndexedWord dative) {
        SemanticGraphEdge number = Syntax.childEdge(g, dative, "nummod");
        SemanticGraphEdge object = Syntax.childEdge(g, dative, "appos");
        // « ont offert à nos garde-côtes une dizaine d'embarcations »: or a complement without preposition
        object = object != null ? object : g.outgoingEdgeList(dative).stream().filter(e -> e.getRelation().toString().equals("nmod")
                && e.getDependent().index() > dative.index() && Syntax.child(g, e.getDependent(), "case") == null).findFirst().orElse(null);
        if (object != null && number == null && Syntax.child(g, object.getDependent(), "nummod") == null) {
            // "auprès du secrétaire général, M. Annan, 78 violations": the counted noun is a later apposition, to the
            // complement or to its apposition.
            object = countedApposition(g, dative, object);
        }
        if (object != null) {
            // what hung on the former head after the object belongs to the object (else the arcs would cross it)
            IndexedWord head = object.getGovernor();
            IndexedWord counted = object.getDependent();
            IndexedWord count = Syntax.child(g, counted, "nummod");
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
                // a count comes before its noun; the number after a name is the model's (« des drones Bayraktar TB2 »)
                if (e.getDependent().index() > counted.index() && !e.getRelation().toString().equals("punct")
                        && count != null && count.index() < counted.index()) {
                    ParseRepairs.move(g, e, counted, e.getRelation().toString().equals("appos") ? "appos" : "nmod");
                }
            }
        }
        if (object != null && number == null && object.getDependent().index() > dative.index()
                && Syntax.child(g, object.getDependent(), "nummod") != null
                && Syntax.child(g, object.getDependent(), "nummod").index() < object.getDependent().index()) {
            // "fournir à Taipei 66 appareils": the number hangs on the object already.
            ParseRepairs.move(g, object, verb, "obj");
            return;
        }
        if (number == null || object == null || number.getDependent().index() < dative.index()
                || object.getDependent().index() < number.getDependent().index()) {
            return;
        }
        ParseRepairs.move(g, object, verb, "obj");
        ParseRepairs.move(g, number, object.getDependent(), "nummod");
    }

    private static SemanticGraphEdge countedApposition(SemanticGraph g, IndexedWord head, SemanticGraphEdge first) {
        List<SemanticGraphEdge> appositions = new ArrayList<>(g.outgoingEdgeList(head));
        appositions.addAll(g.outgoingEdgeList(first.getDependent()));
        for (SemanticGraphEdge e : appositions) {
            IndexedWord number = Syntax.child(g, e.getDependent(), "nummod");
            if (e.getRelation().toString().equals("appos") && e.getDependent().index() > first.getDependent().index()
                    && number != null && number.index() < e.getDependent().index()) {
                return e;
            }
        }
        return first;
    }

    /**
     * « L'Allemagne nous accuse de démagogie »: « me », « te », « nous », « vous » are a direct or an indirect object
     * alike, and the parser reads them as indirect; on a verb with no direct object, the clitic is that object. Before
     * an infinitive or a clause it is so only for a verb whose infinitive goes with a direct object (« nous accuse
     * d'avoir menti », not « nous demande de partir »). But where the parser took a partitive after the verb for a
     * complement in « de » (« Washington nous livre des Abrams »), that partitive is the object and the clitic stays
     * indirect (not on a verb whose object is whom it blames: « nous accuse des pires intentions »).
     */
    private static void directObjectClitic(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (e.getRelation().toString().equals("iobj") && AMBIGUOUS_CLITICS.contains(Syntax.lower(e.getDependent()))
                    && e.getDependent().index() < verb.index() && "VERB".equals(verb.tag()) && Syntax.child(g, verb, "obj") == null
                    && (Syntax.child(g, verb, "xcomp") == null && Syntax.child(g, verb, "ccomp") == null
                            || OBJECT_AND_INFINITIVE.contains(Morph.lemma(verb)))) {
                SemanticGraphEdge partitive = OBJECT_AND_INFINITIVE.contains(Morph.lemma(verb)) ? null : g.outgoingEdgeList(verb).stream()
                        .filter(c -> c.getRelation().toString().startsWith("obl") && c.getDependent().index() > verb.index()
                                && Syntax.isNoun(c.getDependent()) && Syntax.isPartitive(g, c.getDependent()))
                        .findFirst().orElse(null);
                if (partitive != null) {
                    ParseRepairs.move(g, partitive, verb, "obj");
                } else {
                    ParseRepairs.move(g, e, verb, "obj");
                }
            }
        }
    }
}
