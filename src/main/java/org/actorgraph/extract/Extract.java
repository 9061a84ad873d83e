package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.extract.Arguments.Arg;
import org.actorgraph.extract.Arguments.ArgSet;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Anaphora;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedDocument;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.NameForm;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Stage "extract": every word whose lemma is the trigger of a frame is read with that frame: its arguments
 * are found ({@link Arguments}), resolved to actors ({@link ActorResolver}), and what is transferred is
 * checked to be military materiel. Each pair of actors in the frame's two roles becomes a {@link Candidate}.
 */
public final class Extract {
    /** « aussi », « également »: what the clause tells, someone else did before. */
    private static final Set<String> ADDITIVE = FrenchWords.list("additive-adverb");
    /** « de lui », « auprès d'eux »: a pronoun after a preposition, which stands for someone. */
    private static final Set<String> DISJUNCTIVE_PRONOUNS = FrenchWords.list("disjunctive-pronoun");

    private static final Set<String> WHEN = FrenchWords.list("when-mark");
    private static final Set<String> ATTACKING = FrenchWords.list("attacking-verb");
    private static final Set<String> SUMMONING = FrenchWords.list("summoning-verb");
    private static final Set<String> RECALLING = FrenchWords.list("recalling-verb");
    private static final Set<String> ENVOYS = FrenchWords.list("envoy-noun");
    private static final Set<String> OFFICIALS = FrenchWords.list("official-noun");
    private static final Set<String> CONDEMNING = FrenchWords.list("condemning-verb");
    private static final Set<String> HANDING = FrenchWords.list("handing-verb");
    private static final Set<String> DELIVERY_PLACES = FrenchWords.list("delivery-place-noun");
    private static final Set<String> PURPOSES = FrenchWords.list("purpose-noun");
    private static final Set<String> VIOLATED_AGREEMENTS = FrenchWords.list("violated-agreement-noun");
    private static final Set<String> HOLDING_FORCES = FrenchWords.list("holding-force-noun");
    private static final Set<String> STOCK_TAKING = FrenchWords.list("stock-taking-verb");
    private static final Set<String> TAKEN_FROM = FrenchWords.list("taken-from-case");
    private static final Set<String> SUMMARY_NOUNS = FrenchWords.list("summary-noun");
    private static final Set<String> REGRETTING = FrenchWords.list("regretting-verb");
    private static final Set<String> VIOLATION_NOUNS = FrenchWords.list("violation-noun");
    private static final Set<String> VIOLATIONS = FrenchWords.list("violation-of-noun");
    private static final Set<String> ATTACK_NOUNS = FrenchWords.list("attack-noun");
    private static final Set<String> CONTENT_VERBS = FrenchWords.list("content-verb");
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");
    private static final Set<String> SECOND_HAND_NOUNS = FrenchWords.list("second-hand-noun");
    private static final Set<String> DE_CASES = FrenchWords.list("de-case");
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private final FrameBook frames;
    private final Cues cues;
    private final Gazetteer gazetteer;
    private static final Set<String> STATEMENT_NOUNS = FrenchWords.list("statement-noun");
    private final ActorResolver resolver;
    private final Holders holders;
    private final Arguments arguments;
    private final Materiel materiel;
    private final WeaponOrigin weaponOrigin;
    private final FollowedTransfer following;
    private final Parties partyChoice;

    public Extract(FrameBook frames, Cues cues, Gazetteer gazetteer) {
        this.frames = frames;
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
        this.holders = new Holders(cues, resolver);
        this.arguments = new Arguments(cues);
        this.materiel = new Materiel(cues);
        this.weaponOrigin = new WeaponOrigin(gazetteer);
        this.following = new FollowedTransfer(cues);
        this.partyChoice = new Parties(gazetteer, resolver);
    }

    public Extraction apply(LinkedDocument doc) {
        List<Candidate> out = new ArrayList<>();
        List<Trace> traces = new ArrayList<>();
        Resolved[] previous = null;
        DocumentTopic topic = new DocumentTopic(gazetteer, cues, doc.document().text());
        for (LinkedSentence s : doc.sentences()) {
            topic.read(s);
            Trace trace = new Trace();
            traces.add(trace);
            if (!s.parsed().isParsed()) {
                trace.add("-", "-", "-", "-", "not parsed (sentence too long)");
                continue;
            }
            SemanticGraph g = s.parsed().graph();
            for (IndexedWord node : g.vertexListSorted()) {
                for (Frame f : frames.framesFor(Morph.lemma(node))) {
                    if (!partOfSpeech(f, g, node) || !matches(f, g, node)) {
                        continue;
                    }
                    if (scareQuoted(g, node)) {
                        // « Son principal « fournisseur » reste l'armée bolivienne elle-même, dont il capture les armes »
                        trace.add(f.id(), node.word(), "-", "-", "blocked: a word in quotation marks of its own, not meant literally");
                        continue;
                    }
                    for (ArgSet args : arguments.of(g, node)) {
                        List<Candidate> read = read(f, s, node, args, previous, topic, trace);
                        topic.told(read);
                        out.addAll(read);
                    }
                }
            }
            previous = partyChoice.topicPair(s);
        }
        return new Extraction(doc, out, traces);
    }

    /** A noun trigger set alone between quotation marks (« fournisseur »): a word held at a distance. */
    private static boolean scareQuoted(SemanticGraph g, IndexedWord noun) {
        IndexedWord before = g.getNodeByIndexSafe(noun.index() - 1);
        IndexedWord after = g.getNodeByIndexSafe(noun.index() + 1);
        return Syntax.isNoun(noun) && before != null && after != null && before.word().equals("«") && after.word().equals("»");
    }

    /**
     * A buying verb as a participle on a noun that a state's clause governs (« l'Azerbaïdjan a tiré parti des drones
     * acquis auprès de la Turquie »): that state bought it, not the state the text is about.
     */
    private boolean buyerOnNoun(Frame f, LinkedSentence s, IndexedWord trigger, Role toRole) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (!f.slots().getOrDefault("subject", List.of()).contains(toRole) || in == null
                || !Set.of("acl", "amod").contains(in.getRelation().toString()) || !Syntax.isNoun(in.getGovernor())) {
            return false;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        IndexedWord subject = up == null ? null : Syntax.child(g, up.getGovernor(), "nsubj");
        return subject != null && isActor(s, subject);
    }

    private static boolean partOfSpeech(Frame f, SemanticGraph g, IndexedWord w) {
        return switch (f.pos()) {
            case verb -> Arguments.isVerbal(g, w);
            case noun -> Syntax.isNoun(w);
            case adj -> "ADJ".equals(w.tag()) || Arguments.isVerbal(g, w);
        };
    }

    private static boolean matches(Frame f, SemanticGraph g, IndexedWord node) {
        if (f.match() == null) {
            return true;
        }
        SemgrexMatcher m = f.match().matcher(g);
        while (m.find()) {
            if (node.equals(m.getNode("trigger"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * « le Conseil de sécurité a condamné le raid par sa résolution 573 », « par un communiqué »: the statement by which
     * one condemns is the means, not who is condemned.
     */
    private static boolean meansOfStatement(SemanticGraph g, IndexedWord node) {
        return STATEMENT_NOUNS.contains(Morph.lemma(node)) && Syntax.hasCaseOrMark(g, node, Set.of("par"));
    }

    /** The candidates of one reading of a trigger by a frame. */
    private List<Candidate> read(Frame f, LinkedSentence s, IndexedWord trigger, ArgSet args, Resolved[] previous,
            DocumentTopic told, Trace trace) {
        Actor topic = told.current();
        SemanticGraph g = s.parsed().graph();
        Role fromRole = Role.from(f.relation());
        Role toRole = Role.to(f.relation());
        Map<Role, List<Resolved>> parties = new EnumMap<>(Role.class);
        Map<Role, Integer> rankOf = new EnumMap<>(Role.class);
        List<IndexedWord> themes = new ArrayList<>();
        List<IndexedWord> ownThemes = new ArrayList<>();
        List<Arg> all = new ArrayList<>();
        Map<Arg, List<Role>> rolesOf = new LinkedHashMap<>();
        boolean otherSupplier = false;
        boolean unresolvedParty = false;
        Set<Arg> demonymArgs = new HashSet<>();
        Set<Arg> anyDemonym = new HashSet<>();
        for (Map.Entry<String, List<Role>> slot : f.slots().entrySet()) {
            for (Arg a : arguments.path(g, trigger, args, slot.getKey())) {
                if (slot.getValue().contains(Role.accused) && meansOfStatement(g, a.node())) {
                    continue;
                }
                all.add(a);
                rolesOf.put(a, forceOfHolder(g, slot.getKey(), a.node()) && slot.getValue().contains(fromRole) ? List.of(toRole) : slot.getValue());
                if (slot.getKey().endsWith("demonym")) {
                    anyDemonym.add(a);
                }
                if (slot.getKey().endsWith("/demonym") && onParticiplesNoun(g, trigger, a.node())) {
                    demonymArgs.add(a);
                }
            }
        }
        if (f.namesTheme()) {
            for (Arg a : args.in("theme?")) {
                all.add(a);
                rolesOf.put(a, List.of(Role.theme));
            }
        }
        all.sort(Comparator.comparingInt(Arg::rank));
        Map<Resolved, IndexedWord> foundAt = new LinkedHashMap<>();
        List<Resolved> byDemonym = new ArrayList<>();
        List<Resolved> written = new ArrayList<>();
        List<Resolved> laterTo = new ArrayList<>();
        for (Arg a : all) {
            List<Role> roles = rolesOf.get(a);
            // "l'achat de vingt F-35 américains": a weapon where a party or the theme may stand is the theme.
            Mention named = s.mentionAt(a.node());
            boolean weapon = roles.contains(Role.theme) && named != null && named.actor().isWeapon();
            List<Resolved> actors = roles.stream().anyMatch(Role::isParty) && !weapon ? actors(s, a.node()) : List.of();
            if (apposedTo(g, trigger, a)) {
                // « le Royaume-Uni, principal fournisseur de l'armée omanaise, mais aussi … un appui jordanien »: an
                // apposition describes what comes before it, not the conjuncts after it, unless they are described in
                // turn (« la Chine, premier fournisseur de l'armée birmane, et la Russie, qui s'est imposée comme le
                // second »)
                actors = actors.stream().filter(r -> r.node() == null || r.node().equals(a.node()) || r.node().index() < trigger.index()
                        || describedInTurn(g, r.node())).toList();
            }
            // « dont les premiers F-16 sont arrivés en Ukraine »: a slot that lists two party roles takes the first one
            // no other argument has taken (the owner of what arrives where the place is written is who sent it)
            Role party = roles.stream().filter(Role::isParty).filter(r -> !parties.containsKey(r)).findFirst()
                    .or(() -> roles.stream().filter(Role::isParty).findFirst()).orElse(null);
            // a supplier written as someone no state was found for: a relative pronoun on a noun that names no materiel,
            // or « Kiev avait obtenu de lui des missiles »
            otherSupplier |= actors.isEmpty() && party == fromRole && a.rank() == 0 && (a.slot().equals("subject")
                    ? materiel.namesOtherSupplier(s, a.node()) : DISJUNCTIVE_PRONOUNS.contains(Syntax.lower(a.node())));
            unresolvedParty |= actors.isEmpty() && party != null && !weapon;
            if (!actors.isEmpty() && party == toRole && rankOf.containsKey(party) && rankOf.get(party) != a.rank()) {
                laterTo.addAll(actors);
            }
            if (!actors.isEmpty() && party != null && takenAsOtherParty(parties, foundAt, party, a.node())) {
                continue;
            }
            if (!actors.isEmpty() && party != null) {
                Integer rank = rankOf.get(party);
                if (rank == null || rank == a.rank()) {
                    rankOf.put(party, a.rank());
                    List<Resolved> list = parties.computeIfAbsent(party, k -> new ArrayList<>());
                    for (Resolved r : actors) {
                        if (list.stream().noneMatch(x -> x.actor().equals(r.actor()))) {
                            list.add(r);
                            foundAt.put(r, a.node());
                            if (demonymArgs.contains(a)) {
                                byDemonym.add(r);
                            } else if (!anyDemonym.contains(a)) {
                                written.add(r);
                            }
                        }
                    }
                }
            } else if (roles.contains(Role.theme) && !isActor(s, a.node()) && (!NotTheme.circumstance(a.node()) || NotTheme.numberForItsNoun(g, a.node())) && !NotTheme.placeAfterEn(a, named)
                    && !NotTheme.locution(s.parsed().graph(), a.node())) {
                themes.add(a.node());
                if (a.rank() == 0) {
                    ownThemes.add(a.node());
                }
            }
        }
        Parties.regroupConjuncts(s.parsed().graph(), parties, foundAt, fromRole, toRole);
        partyChoice.selfAsOtherParty(s, parties, laterTo, fromRole, toRole);
        String word = trigger.word();
        if (!materiel.themeAccepted(f, s, trigger, themes, ownThemes)) {
            trace.add(f.id(), word, names(parties.get(fromRole)), names(parties.get(toRole)),
                    themes.isEmpty() ? "blocked: no military materiel named" : "blocked: '" + themes.get(0).word()
                            + "' is not military materiel");
            return List.of();
        }
        if (NotTheme.ownGotBack(g, trigger, ownThemes)) {
            trace.add(f.id(), word, names(parties.get(fromRole)), names(parties.get(toRole)),
                    "blocked: '" + ownThemes.get(0).word() + "' is got back by its owner");
            return List.of();
        }
        List<Actor> weapons = materiel.weaponsUnder(s, themes.isEmpty() ? contentOf(g, trigger) : themes);
        // « dont les Mirage F1 ont équipé l'aviation marocaine »: else the materiel that is the clause's subject (what
        // it names, not a weapon in a clause on it: « Lassé d'attendre … ses Super Hornet, le ministère a signé »)
        List<IndexedWord> subjects = f.slots().getOrDefault("subject", List.of()).contains(fromRole)
                ? args.in("subject").stream().map(Arg::node).toList() : List.of();
        Actor origin = (themes.isEmpty() ? weapons : materiel.namedWeapons(s, themes)).stream().map(w -> weaponOrigin.of(s, w)).filter(a -> a != null).findFirst()
                .or(() -> Optional.ofNullable(Materiel.madeIn(s, themes)))
                .or(() -> Optional.ofNullable(weaponOrigin.builtBy(s, themes)))
                .or(() -> materiel.namedWeapons(s, subjects).stream().map(w -> weaponOrigin.of(s, w)).filter(a -> a != null).findFirst())
                .orElse(null);
        ownerByDemonym(parties, byDemonym, written, origin);
        List<Resolved> from = parties.getOrDefault(fromRole, List.of());
        List<Resolved> to = parties.getOrDefault(toRole, List.of());
        String how = "";
        boolean onlySupplierWritten = false;
        if (f.has(Frame.Option.partiesByWeaponOrigin)) {
            List<Resolved> both = new ArrayList<>(from);
            both.addAll(to);
            // « signe pour vingt-quatre F-16 danois »: a demonym on the materiel names its owner, who sells it whoever
            // built it; « le contrat conclu avec Saab porte sur trente-six appareils »: else the one party that makes arms
            Actor owned = holders.ownerNamedOn(s, themes).stream().map(r -> gazetteer.accountable(r.actor())).filter(a -> a != null)
                    .findFirst().orElse(null);
            // a company party sells what it builds on another's design (« un contrat conclu avec Thales Belgium pour
            // quatre-vingts véhicules bâtis sur la base de l'Eagle V »): a maker is never the buyer
            Actor maker = soleMaker(both);
            Actor byOrigin = owned != null ? owned : maker != null ? maker : origin;
            if (byOrigin == null) {
                trace.add(f.id(), word, names(from), names(to), "blocked: no weapon of known origin to tell supplier from recipient");
                return List.of();
            }
            if (both.stream().noneMatch(r -> byOrigin.equals(gazetteer.accountable(r.actor()))) && !from.isEmpty() && !to.isEmpty()
                    && secondHand(s.parsed().graph())) {
                // « La Roumanie a signé avec la Norvège un contrat portant sur 32 F-16 d'occasion »: second-hand
                // materiel comes from neither party, so it cannot tell them apart; the text's own state buys.
                List<Resolved> buyer = both.stream().filter(r -> topic != null && topic.equals(gazetteer.accountable(r.actor()))).toList();
                if (buyer.isEmpty() || buyer.size() == both.size()) {
                    trace.add(f.id(), word, names(from), names(to), "blocked: the weapon comes from neither party");
                    return List.of();
                }
                from = both.stream().filter(r -> !buyer.contains(r)).toList();
                to = buyer;
                how = " (recipient: the state the text is about, the weapon coming from neither party)";
            } else {
                to = both.stream().filter(r -> !byOrigin.equals(gazetteer.accountable(r.actor()))).toList();
                onlySupplierWritten = to.isEmpty() && !both.isEmpty() && !unresolvedParty;
                from = List.of(new Resolved(byOrigin, null, trigger));
                how = " " + Lift.ORIGIN_AS_SUPPLIER;
            }
        } else if (from.isEmpty() && f.has(Frame.Option.supplierFromWeaponOrigin) && !otherSupplier && !args.listed) {
            List<Resolved> recipients = to;
            List<Resolved> owner = to.isEmpty() ? List.of() : holders.possessor(s, themes).stream()
                    .filter(r -> recipients.stream().noneMatch(x -> gazetteer.sameState(x.actor(), r.actor()))).toList();
            Actor heading = to.isEmpty() ? null : told.itemHeading(s);
            Candidate before = to.isEmpty() || !owner.isEmpty() || !Holders.takenUpByDemonstrative(g, themes) ? null : told.transferBefore(trigger);
            if (!owner.isEmpty()) {
                from = owner;
                how = " (supplier: who owned the materiel)";
            } else if (before != null && before.to() != null && recipients.stream().noneMatch(x -> gazetteer.sameState(x.actor(), before.to().actor()))) {
                from = List.of(new Resolved(before.to().actor(), null, trigger));
                how = " (supplier: who received the materiel taken up)";
            } else if (heading != null && recipients.stream().noneMatch(x -> gazetteer.sameState(x.actor(), heading))) {
                from = List.of(new Resolved(heading, null, trigger));
                how = " (supplier: the state the list item opens on)";
            } else if (!(from = handedOverBy(s, g, trigger, themes)).isEmpty()) {
                how = " (supplier: who handed the materiel over, by its participle)";
            } else if (origin != null) {
                from = List.of(new Resolved(origin, null, trigger));
                how = " " + Lift.ORIGIN_AS_SUPPLIER;
            }
        }
        if (from.isEmpty() != to.isEmpty() && f.has(Frame.Option.followsTransfer) && following.says(g, trigger)) {
            Candidate before = told.transferBefore(trigger);
            Resolved[] sides = following.sides(before, from.isEmpty() ? to : from, trigger, to.isEmpty());
            if (sides != null) {
                List<Resolved> followers = from.isEmpty() ? to : from;
                from = sides[0] != null ? List.of(sides[0]) : followers;
                to = sides[1] != null ? List.of(sides[1]) : followers;
                weapons = weapons.isEmpty() ? before.weapons() : weapons;
                how += " (as the transfer before: " + names(List.of(before.from())) + " -> " + names(List.of(before.to())) + ")";
            }
        }
        if (from.isEmpty() && f.has(Frame.Option.accuserFromHostileAct)) {
            List<Resolved> targets = to;
            from = holders.hostileSubject(s, trigger).stream()
                    .filter(r -> targets.stream().noneMatch(x -> gazetteer.sameState(x.actor(), r.actor()))).toList();
            how = from.isEmpty() ? how : " (accuser: who acts against the accused)";
        }
        if (to.isEmpty() && !from.isEmpty() && f.has(Frame.Option.recipientFromHolder)) {
            List<Resolved> suppliers = from;
            Actor madeIn = origin;
            List<Resolved> holding = holders.of(s, trigger);
            to = (holding.isEmpty() ? holders.themeOwner(s, themes) : holding).stream()
                    .filter(r -> suppliers.stream().noneMatch(x -> gazetteer.sameState(x.actor(), r.actor())))
                    .filter(r -> madeIn == null || !madeIn.equals(gazetteer.accountable(r.actor()))).toList();
            how = to.isEmpty() ? how : how + " (recipient: who holds the materiel)";
        }
        // Only where the sentence writes no recipient at all: "aux rebelles houthistes" is one, though no actor; a date
        // in the « en » slot is none (« a cédé en 2013-2014 des chars »), nor a place (« livrés à la base de Baranovitchi »).
        // A « nous » that no heading or title resolves (an interview's answer) may still be the state the text is about.
        // So may an official no state was found for (« le chef du Comité d'État pour la sécurité nationale a annoncé la
        // commande de drones turcs »).
        boolean recipientWritten = all.stream().anyMatch(a -> rolesOf.get(a).contains(toRole) && !NotTheme.numberOrDate(a.node())
                && !NotTheme.locution(g, a.node()) && !NotTheme.adverbialWithA(g, a.node())
                && !Anaphora.isFirstPerson(a.node().word(), a.node().tag()) && !OFFICIALS.contains(Morph.lemma(a.node()))
                && !DELIVERY_PLACES.contains(Morph.lemma(a.node())) && !("à".equals(a.slot()) && materiel.namesMateriel(s, a.node()))
                && !(PURPOSES.contains(Morph.lemma(a.node())) && "pour".equals(Syntax.caseWord(g, a.node()))));
        // « le contrat signé en 2023 avec Korea Aerospace Industries pour dix-huit FA-50 »: where the weapon tells the
        // parties apart, a party that turned out to be the supplier writes no recipient
        recipientWritten &= !onlySupplierWritten;
        boolean supplierKnown = parties.containsKey(fromRole) || onlySupplierWritten;
        if (to.isEmpty() && f.has(Frame.Option.recipientFromTopic) && !themes.isEmpty() && !recipientWritten
                && !buyerOnNoun(f, s, trigger, toRole) && !holders.heldByWrittenSubject(s, trigger)) {
            List<Resolved> coordinated = supplierKnown ? told.recipientOfCoordinated(g, trigger, from) : List.of();
            if (coordinated.isEmpty() && supplierKnown) {
                List<Resolved> suppliers = from;
                coordinated = holders.deliveredToInConjunct(s, trigger).stream()
                        .filter(r -> suppliers.stream().noneMatch(x -> gazetteer.sameState(x.actor(), r.actor()))).toList();
            }
            if (!coordinated.isEmpty()) {
                to = coordinated;
                how += " (recipient: that of the transfer its clause is coordinated with)";
            } else if (supplierKnown && (told.mayReceive(topic, from) || agentOfParticipleOnMateriel(g, trigger, from) && told.notSupplier(topic, from))) {
                to = List.of(new Resolved(topic, null, trigger));
                how += " (recipient: the state the text is about)";
            } else {
                to = told.recipientBefore(from);
                how += to.isEmpty() ? "" : " (recipient: that of the same supplier's transfer just before)";
                Actor receiving = to.isEmpty() ? told.mainRecipient() : null;
                if (supplierKnown && told.mayReceive(receiving, from)) {
                    to = List.of(new Resolved(receiving, null, trigger));
                    how += " (recipient: the state most transfers told so far went to)";
                }
            }
        }
        if (from.isEmpty() && !to.isEmpty() && f.relation() == Relation.ACCUSES
                && !(from = accuserOfEnclosingCondemnation(s, g, trigger)).isEmpty()) {
            how += " (accuser: who condemns the clause the participle is part of)";
        }
        IndexedWord condemned = Syntax.child(g, trigger, "obj");
        if (f.relation() == Relation.ACCUSES && !from.isEmpty() && condemned != null && VIOLATION_NOUNS.contains(Morph.lemma(condemned))) {
            // « a dénoncé une « violation de l'espace aérien » malaisien »: the victim of a violation the accuser names is
            // not accused; whom it accuses is still to be found (among several accusers, the others may accuse it)
            List<Resolved> accusers = from;
            to = to.stream().filter(r -> !accusers.stream().allMatch(x -> gazetteer.sameState(x.actor(), r.actor())))
                    .filter(r -> !ownerOfViolated(s, g, condemned, r.node())).toList();
        }
        if (to.isEmpty() && !from.isEmpty() && f.has(Frame.Option.accusedFromConflict)) {
            // the first of: the attacker of a clause dating the accusation, the supplier of a transfer taken up, the
            // other side of the last accusation
            if (!(to = attackerOf(s, g, trigger, from)).isEmpty()) {
                how += " (accused: the attacker in the clause that dates the accusation)";
            } else if (!(to = subjectOfSummedUpClause(s, g, trigger, from)).isEmpty()) {
                how += " (accused: the subject of the clause the condemned noun sums up)";
            } else if (!(to = doerOfViolationBefore(s, g, trigger, from)).isEmpty()) {
                how += " (accused: the subject of the clause before, whose act the condemned violation is)";
            } else if (!(to = stateOfEnvoySummoned(s, g, trigger, from)).isEmpty()) {
                how += " (accused: the state whose envoy was summoned in the clause coordinated with it)";
            } else if (!(to = attackerTakenUp(s, g, trigger, from)).isEmpty()) {
                how += " (accused: the attacker of the attack told just before, which the condemned noun takes up)";
            } else if (!(to = seizedState(s, g, trigger, from, topic)).isEmpty()) {
                how += " (accused: the state whose power the condemned coup seized)";
            } else if (!(to = told.supplierOfTransferTakenUp(g, trigger, from)).isEmpty()) {
                how += " (accused: the supplier of the transfer told just before, which the condemned noun takes up)";
            } else if (saidToo(g, trigger) && !(to = told.accusedOfLast(from)).isEmpty()) {
                how += " (accused: that of the accusation told last, which this one joins)";
            } else if (!REGRETTING.contains(Morph.lemma(trigger)) && !(to = adversaryUnlessThirdState(s, trigger, told, from)).isEmpty()) {
                // (« Bangui a déploré les pertes »: regret names no adversary of its own)
                how += " (accused: the other side of the accusation told last between the accuser and a state)";
            }
        }
        // Only where the sentence names no state (a maker may be named): « tient l'Iran pour responsable de la fourniture
        // de ces armes » is not about the states of the sentence before.
        if (from.isEmpty() && to.isEmpty() && previous != null && f.has(Frame.Option.previousSentenceParties)
                && s.mentions().stream().noneMatch(m -> m.actor().kind() == ActorKind.State)) {
            from = List.of(previous[0]);
            to = List.of(previous[1]);
            how = " (parties of the previous sentence)";
        }
        if (args.reflexive && to.isEmpty() && from.size() >= 2 && f.slots().getOrDefault("object", List.of()).contains(toRole)) {
            List<Candidate> out = new ArrayList<>();
            for (Resolved a : from) {
                for (Resolved b : from) {
                    if (!a.actor().equals(b.actor())) {
                        out.add(candidate(f, s, trigger, a, b, weapons, " (reciprocal)"));
                    }
                }
            }
            return out;
        }
        if (from.isEmpty() || to.isEmpty()) {
            trace.add(f.id(), word, names(from), names(to), "blocked: no " + (from.isEmpty() ? fromRole : toRole) + " actor");
            return List.of();
        }
        if (from.size() == 1 && to.size() == 1 && to.get(0).mention() == null && !"PRON".equals(to.get(0).node().tag())
                && gazetteer.sameState(from.get(0).actor(), to.get(0).actor())
                && f.relation() == Relation.SELLS_ARMS_TO && told.mayReceive(topic, from)) {
            // « quatre vedettes offertes par le gouvernement chinois ont rejoint la marine », « le Royaume-Uni, qui équipe
            // son armée depuis l'indépendance »: a force named without its state, or by a possessive, read as the
            // supplier's own, is that of the state the text is about (not a clitic: « qui lui a livré » is someone else)
            to = List.of(new Resolved(topic, null, trigger));
            how += " (recipient: the state the text is about, not the supplier's own force)";
        }
        if (f.relation() == Relation.ACCUSES && from.size() == 1 && to.size() == 1
                && gazetteer.sameState(from.get(0).actor(), to.get(0).actor())) {
            Resolved accuser = from.get(0);
            Resolved accused = to.get(0);
            List<Resolved> other;
            if ("PRON".equals(accused.node().tag()) && accused.mention() == null
                    && !(other = nearestOtherStateInGoverningClause(s, g, trigger, accused.node(), accuser)).isEmpty()) {
                // « le gouvernement a déclaré persona non grata l'ambassadeur de Serbie, lui reprochant … »: a clitic
                // cannot be the accuser itself; on a participle set off from a clause, it takes up that clause's last state
                to = other;
                how += " (accused: the last other state of the clause the participle is set off from)";
            } else if (accuser.mention() == null && bareOrgan(g, accuser.node()) && accused.mention() != null
                    && topic != null && !gazetteer.sameState(topic, accused.actor())) {
                // « Le gouvernement fédéral … accuse Addis-Abeba d'agression »: a bare organ read as the accused's own
                // is that of the state the text is about
                from = List.of(new Resolved(topic, null, trigger));
                how += " (accuser: the state the text is about, not the accused's own organ)";
            }
        }
        if (from.size() >= 2 && sameActors(from, to)) {
            // « tenir tête à Washington et à Londres, qu'ils n'ont pas hésité à accuser »: a group acting on itself
            // (not « s'accusent mutuellement ») is a pronoun read back to the wrong phrase.
            trace.add(f.id(), word, names(from), names(to), "blocked: both sides are the same actors");
            return List.of();
        }
        boolean eitherWay = cues.isWord(Cues.Kind.eitherWay, Morph.lemma(trigger));
        // « Israël, qui lui loue des drones Heron »: « louer » goes either way; the maker of what is leased leases it out,
        // and so does who leases out what is its own (« c'est la Suisse qui nous a loué ses F-5 »)
        String lessor = !eitherWay ? null
                : origin != null && from.size() == 1 && to.size() == 1 && origin.equals(gazetteer.accountable(to.get(0).actor()))
                        && !origin.equals(gazetteer.accountable(from.get(0).actor())) ? "origin of the weapon"
                : !from.isEmpty() && !to.isEmpty() && f.slots().getOrDefault("subject", List.of()).contains(toRole)
                        && from.stream().noneMatch(r -> r.node().equals(trigger)) && leasesItsOwn(g, trigger) ? "whose the leased materiel is"
                : null;
        if (lessor != null) {
            List<Resolved> lessee = from;
            from = to;
            to = lessee;
            how += " (lessor: " + lessor + ")";
        }
        List<Candidate> out = new ArrayList<>();
        for (Resolved a : from) {
            for (Resolved b : to) {
                out.add(candidate(f, s, trigger, a, b, weapons, how));
            }
        }
        return out;
    }

    /**
     * « Le fleuron de sa petite flotte a été commandé au chantier Damen »: a force with a possessive that the materiel
     * is said to be part of is its holder's, who received it, not whom it came from.
     */
    private static boolean forceOfHolder(SemanticGraph g, String slot, IndexedWord node) {
        return (slot.equals("object/de") || slot.equals("de")) && HOLDING_FORCES.contains(Morph.lemma(node)) && Anaphora.isPossessive(Syntax.child(g, node, "det"));
    }

    /** « nous a loué ses F-5 »: the lessee is written and the object has a possessive, so the materiel is the subject's. */
    private static boolean leasesItsOwn(SemanticGraph g, IndexedWord trigger) {
        IndexedWord object = Syntax.child(g, trigger, "obj");
        IndexedWord det = object == null ? null : Syntax.child(g, object, "det");
        boolean lesseeWritten = Syntax.child(g, trigger, "iobj") != null || g.outgoingEdgeList(trigger).stream()
                .anyMatch(e -> e.getRelation().toString().startsWith("obl") && "à".equals(Syntax.caseWord(g, e.getDependent())));
        return lesseeWritten && det != null && POSSESSIVES.contains(Syntax.lower(det));
    }

    private static Candidate candidate(Frame f, LinkedSentence s, IndexedWord trigger, Resolved from, Resolved to,
            List<Actor> weapons, String how) {
        return new Candidate(f, f.relation(), s, trigger, from, to, f.relation().carriesWeapons() ? weapons : List.of(),
                Modality.Asserted, null, null, how);
    }

    /**
     * What a trigger noun holds: its own phrase, and the clause it is the subject of when that clause says what it holds
     * (french-words content-verb: « le contrat signé avec Washington fin 2022 porte sur six HIMARS »).
     */
    private static List<IndexedWord> contentOf(SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        return in != null && in.getRelation().toString().equals("nsubj") && CONTENT_VERBS.contains(Morph.lemma(in.getGovernor()))
                ? List.of(in.getGovernor()) : List.of(trigger);
    }

    /** « a lui aussi condamné l'incident », « dénonce également cette frappe »: an adverb of addition on the verb. */
    private static boolean saidToo(SemanticGraph g, IndexedWord trigger) {
        return g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
                && ADDITIVE.contains(Syntax.lower(e.getDependent())));
    }

    /**
     * « Caracas a dénoncé un « enlèvement » commis avec la complicité des autorités cap-verdiennes, accusées d'avoir
     * détenu son émissaire »: a participle of accusation without its agent, on a noun of a clause that condemns, is the
     * condemning subject's.
     */
    private List<Resolved> accuserOfEnclosingCondemnation(LinkedSentence s, SemanticGraph g, IndexedWord trigger) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().startsWith("acl") || Syntax.child(g, trigger, "obl:agent") != null) {
            return List.of();
        }
        IndexedWord up = in.getGovernor();
        for (int depth = 0; up != null && depth < 6; depth++, up = g.getParent(up)) {
            IndexedWord subject = Syntax.child(g, up, "nsubj");
            if ("VERB".equals(up.tag()) && subject != null) {
                return CONDEMNING.contains(Morph.lemma(up)) ? actors(s, subject) : List.of();
            }
        }
        return List.of();
    }

    /** Whether a word hangs below the trigger other than as, or inside, the subject of a clause. */
    private static boolean complementUnder(SemanticGraph g, IndexedWord word, IndexedWord trigger) {
        for (IndexedWord w = word; w != null; w = g.getParent(w)) {
            if (w.equals(trigger)) {
                return !word.equals(trigger);
            }
            if (Syntax.parentEdge(g, w) != null && Syntax.parentEdge(g, w).getRelation().toString().startsWith("nsubj")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The other side of the last accusation between the accusers and a state, unless the trigger's clause names a third
     * state that this accusation may be aimed at (« le président avait dénoncé une attaque et mis en cause les soldats
     * bélizéens »).
     */
    private List<Resolved> adversaryUnlessThirdState(LinkedSentence s, IndexedWord trigger, DocumentTopic told, List<Resolved> accusers) {
        List<Resolved> other = told.adversary(accusers);
        SemanticGraph g = s.parsed().graph();
        boolean third = s.mentions().stream().filter(m -> complementUnder(g, g.getNodeByIndexSafe(s.firstTokenOf(m)), trigger))
                .map(m -> gazetteer.accountable(m.actor())).filter(a -> a != null && a.kind() == ActorKind.State)
                .anyMatch(a -> Stream.concat(accusers.stream(), other.stream()).noneMatch(x -> gazetteer.sameState(x.actor(), a)));
        return third ? List.of() : other;
    }

    /**
     * « Lorsque la France, le Royaume-Uni et Israël attaquent l'Égypte, Nasser dénonce une agression », « Quand l'Irak
     * envahit le Koweït, Londres dénonce une agression »: a clause opened by « lorsque », « quand » or « après » that
     * dates the accusation and tells an attack on a state names, as its subject, whom the accusation is about; none
     * otherwise.
     */
    private List<Resolved> attackerOf(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            IndexedWord act = e.getDependent();
            IndexedWord mark = Syntax.child(g, act, "mark");
            IndexedWord target = Syntax.child(g, act, "obj");
            IndexedWord subject = Syntax.child(g, act, "nsubj");
            if (!e.getRelation().toString().equals("advcl") || mark == null || !WHEN.contains(Syntax.lower(mark)) || target == null
                    || subject == null || !ATTACKING.contains(Morph.lemma(act))) {
                continue;
            }
            List<Resolved> attackers = actors(s, subject);
            if (!actors(s, target).isEmpty() && !attackers.isEmpty() && !sameActors(attackers, accusers)) {
                return attackers;
            }
        }
        return List.of();
    }

    /**
     * « Dacca avait convoqué l'ambassadeur birman et condamné fermement ces tirs »: a condemnation that names no
     * accused, coordinated with summoning or expelling a state's envoy, is against that state.
     */
    private List<Resolved> stateOfEnvoySummoned(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        Set<IndexedWord> beside = new LinkedHashSet<>();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        IndexedWord first = in != null && in.getRelation().toString().equals("conj") ? in.getGovernor() : trigger;
        beside.add(first);
        g.outgoingEdgeList(first).stream().filter(e -> e.getRelation().toString().equals("conj")).forEach(e -> beside.add(e.getDependent()));
        beside.remove(trigger);
        for (IndexedWord verb : beside) {
            IndexedWord envoy = Syntax.child(g, verb, "obj");
            List<Resolved> states = envoy == null ? List.of()
                    : SUMMONING.contains(Morph.lemma(verb)) ? actors(s, envoy) : statesRecalledFrom(s, g, verb, envoy);
            if (!states.isEmpty() && !sameActors(states, accusers)) {
                return states;
            }
        }
        return List.of();
    }

    /**
     * « La France avait rappelé ses ambassadeurs à Canberra et à Washington »: a state that recalls its own envoys
     * protests against the states they were sent to (named by « à », on the verb or on the envoy).
     */
    private List<Resolved> statesRecalledFrom(LinkedSentence s, SemanticGraph g, IndexedWord verb, IndexedWord envoy) {
        IndexedWord own = Syntax.child(g, envoy, "det");
        if (!RECALLING.contains(Morph.lemma(verb)) || !ENVOYS.contains(Morph.lemma(envoy)) || own == null
                || !POSSESSIVES.contains(Syntax.lower(own))) {
            return List.of();
        }
        for (IndexedWord host : List.of(verb, envoy)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(host)) {
                if (e.getRelation().toString().matches("obl.*|nmod") && "à".equals(Syntax.caseWord(g, e.getDependent()))) {
                    return actors(s, e.getDependent());
                }
            }
        }
        return List.of();
    }

    /**
     * « Cuba y dépêche 50 000 soldats, présence que Washington dénonce », « … en promettant quatorze Challenger 2, une
     * décision aussitôt dénoncée par Moscou »: a noun after a comma that sums up the clause before it (a summary noun),
     * which the trigger condemns (as its object, or as the relative or participle on it): the subject of that clause.
     */
    private List<Resolved> subjectOfSummedUpClause(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        IndexedWord noun = in != null && in.getRelation().toString().startsWith("acl") ? in.getGovernor() : Syntax.child(g, trigger, "obj");
        if (noun == null || !SUMMARY_NOUNS.contains(Morph.lemma(noun)) || !Syntax.precededBy(g, Syntax.phraseStart(g, noun), ",")) {
            return List.of();
        }
        for (SemanticGraphEdge up = Syntax.parentEdge(g, noun); up != null; up = Syntax.parentEdge(g, up.getGovernor())) {
            IndexedWord subject = "VERB".equals(up.getGovernor().tag()) ? Syntax.child(g, up.getGovernor(), "nsubj") : null;
            if (subject != null && subject.index() < noun.index()) {
                List<Resolved> doers = actors(s, subject);
                return doers.isEmpty() || sameActors(doers, accusers) ? List.of() : doers;
            }
        }
        return List.of();
    }

    /**
     * « une attaque sud-africaine a tué vingt-quatre personnes. Lusaka a porté plainte …, et le Conseil a condamné cette
     * agression »: a condemned attack noun (french-words attack-noun) takes up the last attack told before it whose
     * demonym names the attacker: in its sentence, or, after a demonstrative, in the one before.
     */
    private List<Resolved> attackerTakenUp(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        IndexedWord act = Syntax.child(g, trigger, "obj");
        IndexedWord det = act == null ? null : Syntax.child(g, act, "det");
        if (act == null || !ATTACK_NOUNS.contains(Morph.lemma(act))) {
            return List.of();
        }
        // (without a demonstrative, an attack told in its own sentence: « a dénoncé, après les frappes indiennes du 7 mai,
        // une « agression caractérisée » »)
        int back = det != null && DEMONSTRATIVES.contains(Syntax.lower(det)) ? 1 : 0;
        for (LinkedSentence at = s; at != null && at.parsed().index() >= s.parsed().index() - back; at = at.previous()) {
            // read on the tokens and mentions, which a sentence the parse gate skipped has too
            List<CoreLabel> tokens = at.parsed().tokens();
            int last = at == s ? act.index() - 1 : tokens.size();
            for (int i = last; i >= 1; i--) {
                String word = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
                // (an adjective may stand between: « les frappes aériennes israéliennes »)
                boolean adjective = i < tokens.size() && "ADJ".equals(tokens.get(i).tag()) && at.mentionAt(i + 1) == null;
                Mention demonym = at.mentionAt(adjective ? i + 2 : i + 1);
                if (ATTACK_NOUNS.contains(word) && demonym != null && demonym.form() == NameForm.demonym && demonym.actor().kind() == ActorKind.State) {
                    List<Resolved> attackers = List.of(new Resolved(demonym.actor(), demonym, trigger));
                    return sameActors(attackers, accusers) ? List.of() : attackers;
                }
            }
        }
        return List.of();
    }

    /** « une attaque sud-africaine », « des avions militaires chinois »: the states a noun's demonyms name. */
    private List<Resolved> demonymStates(LinkedSentence s, SemanticGraph g, IndexedWord noun) {
        List<Resolved> out = new ArrayList<>();
        g.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("amod") && s.mentionAt(e.getDependent()) != null
                && s.mentionAt(e.getDependent()).form() == NameForm.demonym).forEach(e -> out.addAll(actors(s, e.getDependent())));
        return out;
    }

    /**
     * « Paris a condamné le coup d'État militaire en cours », « l'Union européenne dénonce ce coup de force »: a coup
     * (cue seizureOfPower in the condemned phrase) is done by the state's own army, which then holds it; the state is
     * the one the phrase names (« le putsch nigérien »), else the one the text is about.
     */
    private List<Resolved> seizedState(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers, Actor topic) {
        IndexedWord condemned = Syntax.child(g, trigger, "obj");
        if (condemned == null) {
            return List.of();
        }
        if (cues.find(Cues.Kind.seizureOfPower, Syntax.phraseText(g, condemned)) == null) {
            return List.of();
        }
        for (IndexedWord w : new TreeSet<>(g.descendants(condemned))) {
            Mention m = s.mentionAt(w);
            if (m != null && m.actor().kind() == ActorKind.State) {
                List<Resolved> named = List.of(new Resolved(m.actor(), m, w));
                return sameActors(named, accusers) ? List.of() : named;
            }
        }
        List<Resolved> held = topic == null ? List.of() : List.of(new Resolved(topic, null, trigger));
        return held.isEmpty() || sameActors(held, accusers) ? List.of() : held;
    }

    /**
     * « seize avions militaires chinois se sont approchés du Sarawak ; Kuala Lumpur a dénoncé une violation de sa
     * souveraineté », « … a dénoncé une violation directe des accords de 1988 »: a violation (french-words
     * violation-noun) of the accuser's own sovereignty or of an agreement, that names no doer, condemned after a clause of
     * the same sentence: that clause's subject did it.
     */
    private List<Resolved> doerOfViolationBefore(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        IndexedWord act = Syntax.child(g, trigger, "obj");
        if (act == null || !VIOLATION_NOUNS.contains(Morph.lemma(act))
                || g.descendants(act).stream().anyMatch(w -> !w.equals(act) && s.mentionAt(w) != null && Syntax.child(g, w, "case") != null)) {
            return List.of();
        }
        // of the accuser's own sovereignty, space or waters (« de sa souveraineté »), not of a law (« du droit international »)
        IndexedWord violated = Syntax.child(g, act, "nmod");
        IndexedWord whose = violated == null ? null : Syntax.child(g, violated, "det");
        if (violated != null && (whose == null || !POSSESSIVES.contains(Syntax.lower(whose))) && !VIOLATED_AGREEMENTS.contains(Syntax.lower(violated))) {
            return List.of();
        }
        List<IndexedWord> verbs = g.vertexListSorted().stream().filter(v -> "VERB".equals(v.tag()) && v.index() < trigger.index()
                && !embeds(g, v, trigger) && Syntax.child(g, v, "nsubj") != null).toList();
        for (int i = verbs.size() - 1; i >= 0; i--) {
            IndexedWord subject = Syntax.child(g, verbs.get(i), "nsubj");
            List<Resolved> doers = new ArrayList<>(actors(s, subject));
            // « des avions militaires chinois »: or the state its demonym names
            doers.addAll(demonymStates(s, g, subject));
            if (!doers.isEmpty()) {
                return sameActors(doers, accusers) ? List.of() : doers;
            }
        }
        return List.of();
    }

    /**
     * « a dénoncé une violation manifeste de la Charte des Nations unies », « de l'espace aérien de la Lituanie »: a name
     * inside the complement of what was violated owns or suffered it; it did not violate it (unless « par » names it).
     */
    private boolean ownerOfViolated(LinkedSentence s, SemanticGraph g, IndexedWord violation, IndexedWord node) {
        // (« l'incursion de l'armée nigérienne »: an incursion's complement is who made it)
        if (node == null || "par".equals(Syntax.caseWord(g, node)) || !VIOLATIONS.contains(Morph.lemma(violation))) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(violation)) {
            IndexedWord violated = e.getDependent();
            if (e.getRelation().toString().equals("nmod") && !"par".equals(Syntax.caseWord(g, violated)) && s.mentionAt(violated) == null
                    && !violated.equals(node) && g.descendants(violated).contains(node)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} lies in a clause below {@code verb} other than one juxtaposed or coordinated with it. */
    private static boolean embeds(SemanticGraph g, IndexedWord verb, IndexedWord node) {
        for (SemanticGraphEdge up = Syntax.parentEdge(g, node); up != null; up = Syntax.parentEdge(g, up.getGovernor())) {
            if (!up.getRelation().toString().matches("parataxis|conj")) {
                return g.descendants(verb).contains(node);
            }
            if (up.getGovernor().equals(verb)) {
                return false;
            }
        }
        return false;
    }

    /**
     * « a reçu neuf Strikemaster cédés par le Koweït », « a volé sur des Mirage 2000-5 fournis par Paris »: the agent of
     * a participle on the materiel (other than the trigger) names who handed it over, before where it was made does; so
     * do the stocks a participle says it was taken from, and the force a participle says had it in hand.
     */
    private List<Resolved> handedOverBy(LinkedSentence s, SemanticGraph g, IndexedWord trigger, List<IndexedWord> themes) {
        for (IndexedWord theme : themes) {
            List<IndexedWord> phrase = new ArrayList<>(List.of(theme));
            g.outgoingEdgeList(theme).stream().filter(e -> e.getRelation().toString().equals("appos")).forEach(e -> phrase.add(e.getDependent()));
            for (IndexedWord n : phrase) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    boolean other = e.getRelation().toString().startsWith("acl") && !e.getDependent().equals(trigger)
                            && HANDING.contains(Morph.lemma(e.getDependent()));
                    boolean taken = e.getRelation().toString().equals("acl") && STOCK_TAKING.contains(Morph.lemma(e.getDependent()));
                    IndexedWord byAgent = Syntax.child(g, e.getDependent(), "obl:agent");
                    IndexedWord agent = other ? byAgent : taken ? stocksTakenFrom(g, e.getDependent()) : null;
                    // « des F-16 modernisés par l'armée de l'air ont été cédés »: the force a participle says had the
                    // materiel in hand
                    IndexedWord force = e.getRelation().toString().equals("acl") && byAgent != null
                            && HOLDING_FORCES.contains(Morph.lemma(byAgent)) ? byAgent : null;
                    // a name, not an anaphor (« fournis par le même partenaire »)
                    List<Resolved> agents = agent != null ? actors(s, agent).stream().filter(r -> r.mention() != null).toList()
                            : force != null ? actors(s, force) : List.of();
                    if (!agents.isEmpty()) {
                        return agents;
                    }
                }
            }
        }
        return List.of();
    }

    /** « quatre vedettes prélevées sur la marine taïwanaise »: the phrase a participle of taking says the materiel came out of, or null. */
    private static IndexedWord stocksTakenFrom(SemanticGraph g, IndexedWord participle) {
        return g.outgoingEdgeList(participle).stream()
                .filter(o -> o.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, o.getDependent(), TAKEN_FROM))
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
    }

    /**
     * « Les Caesar épauleront les 21 obusiers PzH 2000 d'occasion cédés en 2015 par la Bundeswehr »: the supplier is
     * the agent of a participle on the materiel, which the sentence presents as its holder's; the text's state may
     * receive it though it was itself a supplier just before (« la Lituanie avait livré à Kiev des Stinger »).
     */
    private static boolean agentOfParticipleOnMateriel(SemanticGraph g, IndexedWord trigger, List<Resolved> suppliers) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        // the materiel's noun an argument of its clause, not of a time phrase (« après les Storm Shadow fournis par … »)
        SemanticGraphEdge noun = in == null ? null : Syntax.parentEdge(g, in.getGovernor());
        boolean argument = noun != null && noun.getRelation().toString().matches("obj|nsubj|nsubj:pass");
        return argument && in.getRelation().toString().startsWith("acl") && !suppliers.isEmpty()
                && suppliers.stream().allMatch(r -> r.node() != null && trigger.equals(g.getParent(r.node()))
                        && Syntax.parentEdge(g, r.node()).getRelation().toString().equals("obl:agent"));
    }

    /** « et la Russie, qui s'est imposée comme le second », « et de Moscou, devenu … son deuxième pourvoyeur ». */
    private static boolean describedInTurn(SemanticGraph g, IndexedWord conjunct) {
        return g.outgoingEdgeList(conjunct).stream().anyMatch(e -> e.getRelation().toString().matches("acl|acl:relcl|appos"));
    }

    /**
     * « faisant de l'émirat le premier client du Smertch »: whether a phrase already took a party role other than
     * {@code role} (the actor the noun describes), so that it takes no other through another predicate's slot.
     */
    private static boolean takenAsOtherParty(Map<Role, List<Resolved>> parties, Map<Resolved, IndexedWord> foundAt, Role role,
            IndexedWord node) {
        return parties.entrySet().stream().anyMatch(p -> p.getKey() != role && p.getValue().stream().anyMatch(r -> node.equals(foundAt.get(r))));
    }

    /** Whether the trigger is an apposition to the argument's node. */
    private static boolean apposedTo(SemanticGraph g, IndexedWord trigger, Arg a) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        return a.slot().equals("self") && in != null && in.getRelation().toString().equals("appos") && in.getGovernor().equals(a.node());
    }

    /**
     * The states of the last phrase before a pronoun, in the clause the trigger (a participle set off by a comma) hangs
     * on, other than the accuser's; none when the trigger is no such participle.
     */
    private List<Resolved> nearestOtherStateInGoverningClause(LinkedSentence s, SemanticGraph g, IndexedWord trigger, IndexedWord pronoun,
            Resolved accuser) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().matches("advcl|acl") || !Morph.of(trigger).presentParticiple()
                || !Syntax.precededBy(g, Syntax.phraseStart(g, trigger), ",")) {
            return List.of();
        }
        IndexedWord clause = in.getGovernor();
        Set<IndexedWord> participle = new HashSet<>(g.descendants(trigger));
        List<IndexedWord> before = g.descendants(clause).stream().filter(w -> w.index() < pronoun.index() && !participle.contains(w))
                .sorted(Comparator.comparingInt(IndexedWord::index).reversed()).toList();
        for (IndexedWord w : before) {
            List<Resolved> found = actors(s, w).stream().filter(r -> !gazetteer.sameState(r.actor(), accuser.actor()))
                    .filter(r -> gazetteer.accountable(r.actor()).kind() == ActorKind.State).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** « le gouvernement fédéral »: an organ noun with no complement or apposition that names whose it is. */
    private boolean bareOrgan(SemanticGraph g, IndexedWord node) {
        return Syntax.isNoun(node) && gazetteer.isAgentNoun(Morph.lemma(node))
                && g.outgoingEdgeList(node).stream().noneMatch(e -> e.getRelation().toString().matches("nmod|appos|acl.*"));
    }

    /** The actors a node stands for that some state or organisation answers for. */
    private List<Resolved> actors(LinkedSentence s, IndexedWord node) {
        return resolver.resolveWithConjuncts(s, node).stream().filter(r -> gazetteer.accountable(r.actor()) != null)
                .collect(Collectors.toList());
    }

    /** Whether two sides name the same actors (their states, for organs and companies). */
    private boolean sameActors(List<Resolved> a, List<Resolved> b) {
        return accountable(a).equals(accountable(b));
    }

    private Set<Actor> accountable(List<Resolved> side) {
        Set<Actor> out = new HashSet<>();
        side.forEach(r -> out.add(gazetteer.accountable(r.actor()) != null ? gazetteer.accountable(r.actor()) : r.actor()));
        return out;
    }

    /** « Les Su-30 ougandais, achetés à … »: a word on the noun that the trigger, a participle, hangs on (or that noun). */
    private static boolean onParticiplesNoun(SemanticGraph g, IndexedWord trigger, IndexedWord word) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !in.getRelation().toString().equals("acl")) {
            return false;
        }
        IndexedWord noun = in.getGovernor();
        IndexedWord on = g.getParent(word);
        // « les Patton et les Sabre pakistanais, reçus des États-Unis »: or on a conjunct of that noun, when the
        // participle follows the whole coordination (not « des Mirage achetés à la France et des Kfir israéliens »)
        // (« les vingt-huit Typhoon koweïtiens »: or on the name in apposition to a counted noun)
        String up = on == null || !noun.equals(g.getParent(on)) ? null : Syntax.parentEdge(g, on).getRelation().toString();
        return word.equals(noun) || noun.equals(on) || "appos".equals(up) || "conj".equals(up) && trigger.index() > on.index();
    }

    /**
     * « Les Su-30 ougandais, achetés à la Russie »: where the sentence writes a supplier and no recipient, a supplier
     * found only by a demonym on the materiel, which is not the materiel's maker, names who holds it: the recipient.
     */
    private void ownerByDemonym(Map<Role, List<Resolved>> parties, List<Resolved> byDemonym, List<Resolved> written, Actor origin) {
        List<Resolved> suppliers = parties.getOrDefault(Role.supplier, List.of());
        List<Resolved> owners = suppliers.stream().filter(byDemonym::contains).toList();
        if (!parties.getOrDefault(Role.recipient, List.of()).isEmpty() || owners.isEmpty() || suppliers.stream().noneMatch(written::contains)
                || owners.stream().anyMatch(r -> gazetteer.accountable(r.actor()) == null || gazetteer.accountable(r.actor()).equals(origin))) {
            return;
        }
        parties.put(Role.supplier, new ArrayList<>(suppliers.stream().filter(r -> !owners.contains(r)).toList()));
        parties.put(Role.recipient, new ArrayList<>(owners));
    }

    private boolean isActor(LinkedSentence s, IndexedWord node) {
        Mention m = s.mentionAt(node);
        return m != null && !m.actor().isWeapon();
    }

    static String names(List<Resolved> rs) {
        return rs == null || rs.isEmpty() ? "-" : String.join("+", rs.stream().map(r -> r.actor().label()).toList());
    }

    /**
     * The state of the one party to a contract that is an arms maker (« le contrat conclu avec Saab »), which supplies
     * the other; null when none or several are.
     */
    private Actor soleMaker(List<Resolved> parties) {
        List<Actor> makers = parties.stream().filter(r -> r.actor().kind() == ActorKind.Company)
                .map(r -> gazetteer.accountable(r.actor())).filter(a -> a != null).distinct().toList();
        return makers.size() == 1 ? makers.get(0) : null;
    }

    /** « 32 F-16 d'occasion »: the sentence names its materiel second-hand (french-words second-hand-noun). */
    static boolean secondHand(SemanticGraph g) {
        return g != null && g.vertexSet().stream().anyMatch(w -> SECOND_HAND_NOUNS.contains(Syntax.lower(w))
                && Syntax.hasCaseOrMark(g, w, DE_CASES));
    }
}
