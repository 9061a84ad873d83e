package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.nlp.Syntax;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;

/**
 * What a document has said before a point, for the anaphora the press uses in place of a name: subject and
 * object pronouns ("il", "lui", "leur", "l'"), possessives ("ses ventes"), definite descriptions ("le pays",
 * "le royaume", "l'émirat", "ces deux pays", "les deux voisins"), and "ce dernier". Each sentence, once linked,
 * is recorded in order ({@link #record}): the states it names, the groups it coordinates, and the anaphora it
 * holds, resolved, so that a chain of them keeps its referent.
 */
public final class Discourse {
    /** How many sentences back a pronoun looks for what it stands for ({@link Anaphora} tells the parse gate). */
    static final int WINDOW = 2;
    /** How many times more often than another the text must have named its state for an organ without one to be its. */
    private static final int TOPIC_RATIO = 3;
    /** How many sentences back a description ("le pays") looks. */
    static final int DESCRIPTION_WINDOW = 4;
    /** Lappin and Leass's sentence recency: a candidate's salience halves with each sentence back. */
    private static final int RECENCY = 100;
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private static final Set<String> HANDING_VERBS = FrenchWords.list("handing-verb");
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final Set<String> SECURITY_ORGANS = FrenchWords.list("security-organ");
    private static final Set<String> SOURCE_DATIVE_VERBS = FrenchWords.list("source-dative-verb");
    /** What naming a state in the title adds to its salience for a description. */
    private static final int TITLE_BONUS = 40;
    /** Per mention (up to five) of a candidate state, for the owner of an organ named without it. */
    private static final int ORGAN_TOPIC_WEIGHT = 30;
    /** The complements of a verb that a clitic pronoun on it cannot stand for ({@link #coArgumentStates}). */
    private static final Set<String> CO_ARGUMENTS = Set.of("obj", "obl:arg", "iobj");
    private static final Set<String> VIOLATION_NOUNS = FrenchWords.list("violation-noun");

    private final List<Referent> entities = new ArrayList<>();
    /** The companies named so far (as the states they answer to), for a later « le constructeur ». */
    private final List<Referent> makers = new ArrayList<>();
    private final Quotations quotations = new Quotations();
    /** Organs with adjectives resolved so far, by their words ({@link OrganOwners#descriptionKey}). */
    private final Map<String, List<Referent>> described = new HashMap<>();
    /** Officials resolved so far, by their title (« ministre »), for a later bare « le ministre ». */
    private final Map<String, List<Referent>> titled = new HashMap<>();
    /** « le Conseil de sécurité »: what a named body answers to, by the first word of its name (lower case). */
    private final Map<String, Actor> bodies = new HashMap<>();
    private static final Set<String> PERSON_TITLES = FrenchWords.list("person-title");
    private static final Set<String> NEIGHBOUR_NOUNS = FrenchWords.list("neighbour-noun");
    /** The state a communiqué or a statement speaks for, from its heading (null for other documents). */
    private Actor voice;
    /** The state of the city a dispatch is sent from (« ATHÈNES – »): whose organs it names without their state. */
    private Actor home;
    /** The one state the title names, which a description (« le pays », « la junte ») favours wherever it was named. */
    private Actor titleState;
    /** The states of the section headings that are only a name (« AUTRICHE. »), by sentence: favoured as the title's is. */
    private final TreeMap<Integer, Actor> sections = new TreeMap<>();
    /** Whether every sentence so far was a heading line (none ended like a sentence). */
    private boolean heading = true;
    /**
     * Whether the title quotes someone speaking in the first person (« « Notre armée s'est construite avec Pékin » :
     * entretien avec le colonel Kilindo »): the state it names is not that speaker's, so its « nous » is the lead's.
     */
    private boolean titleSpeaks;
    /** In a document whose title speaks, the first state the sentence after it names: the speaker's (« l'armée de l'air tanzanienne »). */
    private Actor leadState;
    /** Whether the title calls the document an editorial, whose « nous » is the paper's country. */
    private boolean editorial;
    /** The states a first-person « nous » has named in apposition, which it keeps standing for. */
    private List<Actor> we = List.of();
    /** How often each state has been named so far, in the order first named (ties go to the first: an Actor's hash
     * holds an enum's, which differs between runs, so a HashMap made the topic of a tie change from run to run). */
    private final Map<Actor, Integer> mentions = new LinkedHashMap<>();
    /** The state each sentence's descriptions stand for (« l'émirat », « la petite république balte »), by sentence. */
    private final Map<Integer, List<Actor>> describedStates = new HashMap<>();
    private Gazetteer gazetteer;
    private ActorResolver resolver;
    private ClauseSubjects subjects;
    /** The state the whole document is about ({@link MainState}), which a « nous » no heading gives a voice speaks for. */
    private final Actor mainState;

    /** The state the text is about (named most, and clearly more than any other), as a list: empty when none stands out. */
    List<Actor> stateOfText() {
        return mainState == null ? List.of() : List.of(mainState);
    }

    public Discourse(Actor mainState) {
        this.mainState = mainState;
    }

    /** Records what a sentence names and refers to, once it has been linked; sentences are recorded in order. */
    public void record(LinkedSentence s, Gazetteer g, ActorResolver resolver) {
        this.gazetteer = g;
        this.resolver = resolver;
        this.subjects = new ClauseSubjects(g);
        int index = s.parsed().index();
        SemanticGraph graph = s.parsed().graph();
        quotations.start(s);
        if (voice == null && heading && graph != null) {
            voice = DocumentVoice.ofHeadingLine(s, graph, g, resolver);
        }
        heading &= DocumentVoice.isHeading(s);
        home = home != null ? home : DocumentVoice.datelineState(s, g);
        home = home != null ? home : DocumentVoice.titlePlaceState(s, g);
        titleState = index == 0 ? DocumentVoice.titleState(s, g) : titleState;
        editorial |= index == 0 && DocumentVoice.isEditorial(s);
        titleSpeaks |= index == 0 && DocumentVoice.titleQuotesFirstPerson(s);
        if (titleSpeaks && index == 1) {
            leadState = s.mentions().stream().map(m -> g.accountable(m.actor())).filter(a -> a != null && a.kind() == ActorKind.State)
                    .findFirst().orElse(null);
        }
        Actor heading = index == 0 ? null : DocumentVoice.sectionState(s, g);
        if (heading != null) {
            sections.put(index, heading);
        }
        for (Mention m : s.mentions()) {
            Actor state = g.accountable(m.actor());
            if (state == null) {
                if (m.actor().kind() == ActorKind.Person && graph != null) {
                    // « Thandiwe Mokoena … Après 1994, elle rejoint l'administration »: a person whom no state answers
                    // for is what a pronoun may stand for, as one the gazetteer does not know is (below).
                    IndexedWord head = MentionRoles.headOf(s, graph, m);
                    add(new Referent(index, head != null ? head.index() : s.firstTokenOf(m), List.of(),
                            head == null ? MentionRoles.OTHER : MentionRoles.role(graph, head), false, 'e', false));
                }
                continue;
            }
            String[] words = m.text().split("\\s+");
            if (words.length > 1 && (m.actor().kind() == ActorKind.GovernmentBody || m.actor().kind() == ActorKind.InternationalOrganisation)) {
                bodies.put(words[0].toLowerCase(Locale.ROOT), state);
            }
            int token = s.firstTokenOf(m);
            IndexedWord head = graph == null ? null : MentionRoles.headOf(s, graph, m);
            int role = head == null ? MentionRoles.OTHER : MentionRoles.role(graph, head);
            // « Ses Mi-24 et ses MiG … L'Inde offre des vedettes à la marine »: a maker's name is not its state's; nor
            // does a weapon's name (« des Humvee ») make the text about its maker's state.
            boolean maker = m.actor().isMaker();
            if (!maker && !m.actor().isWeapon()) {
                mentions.merge(state, 1, Integer::sum);
            }
            if (head != null && madeBy(s, graph, m, head)) {
                continue;
            }
            Referent named = new Referent(index, head != null ? head.index() : token, List.of(state), role, MentionRoles.plural(s, m),
                    MentionRoles.gender(s, m), false, maker);
            add(named);
            if (maker) {
                makers.add(named);
            }
        }
        if (graph == null) {
            quotations.mark(s, entities);
            return;
        }
        for (IndexedWord n : graph.vertexListSorted()) {
            if (g.isGroupMemberNoun(Morph.lemma(n)) && resolver.resolve(s, n, 0).isEmpty()) {
                // "les terroristes en Irak ..., leur fournissant": people the gazetteer cannot name are candidates too.
                add(new Referent(index, n.index(), List.of(), MentionRoles.role(graph, n), true, 'e', false));
            }
            boolean speaking = DocumentVoice.isSpeakingOrgan(n);
            boolean forces = Syntax.isArmedForces(n) || SECURITY_ORGANS.contains(Morph.lemma(n));
            if (s.mentionAt(n) == null && (speaking || forces)) {
                // "Le ministère dénonce ..., dont il tient Ankara pour responsable": an organ is what "il" takes up;
                // so are armed forces (« La garde côtière a acquis … ; Damen lui a fourni »), though no description.
                List<Actor> states = resolver.resolve(s, n, 0).stream().map(r -> g.accountable(r.actor())).filter(x -> x != null)
                        .distinct().toList();
                if (states.size() == 1) {
                    Referent organ = new Referent(index, n.index(), states, MentionRoles.role(graph, n), Morph.of(n).plural(), MentionRoles.gender(n), false,
                            forces && !speaking);
                    String key = OrganOwners.descriptionKey(graph, n);
                    if (key != null) {
                        described.computeIfAbsent(key, k -> new ArrayList<>()).add(organ);
                    }
                    // named with its state (« le ministre sud-coréen de la Défense »), not one resolved from the context
                    // (« le Premier ministre suédois » holds another office than « le ministre » said later)
                    if (PERSON_TITLES.contains(Morph.lemma(n)) && graph.getChildren(n).stream().anyMatch(c -> s.mentionAt(c) != null)
                            && graph.getChildren(n).stream().noneMatch(c -> Syntax.lower(c).equals("premier"))) {
                        titled.computeIfAbsent(Morph.lemma(n), k -> new ArrayList<>()).add(organ);
                    }
                    add(organ);
                }
            }
            if (MentionRoles.isUnlinkedPerson(s, graph, n)) {
                // "Pékin lui reproche ...": a person the gazetteer does not know may be what a pronoun stands for.
                add(new Referent(index, n.index(), List.of(), MentionRoles.role(graph, n), false, 'e', false));
            }
        }
        for (IndexedWord n : graph.vertexListSorted()) {
            Anaphor a = Anaphor.of(s, graph, n);
            if (a != null) {
                List<Actor> states = antecedents(s, n);
                // (« notre pays » too: a first-person possessive on a state noun, « contre notre pays, l'accusant »)
                IndexedWord force = a.kind() == Anaphor.Kind.possessive || a.kind() == Anaphor.Kind.firstPerson
                        ? MentionRoles.forceOfPossessive(graph, n) : null;
                if (!states.isEmpty() && force != null) {
                    // « Leur armée, que l'URSS équipait, … et elle a reçu »: the army stands for its state, in its place.
                    add(new Referent(index, n.index(), states, MentionRoles.role(graph, force), states.size() > 1, MentionRoles.gender(force), false));
                } else if (!states.isEmpty()) {
                    add(new Referent(index, n.index(), states, MentionRoles.role(graph, n), a.plural() || states.size() > 1, a.gender(),
                            a.kind() == Anaphor.Kind.objectPronoun));
                    states.forEach(x -> mentions.merge(x, 1, Integer::sum));
                    // (not « la puissance coréenne », whose demonym names its state already)
                    if (a.kind() == Anaphor.Kind.description && states.size() == 1 && graph.getChildren(n).stream().noneMatch(c -> s.mentionAt(c) != null)) {
                        describedStates.computeIfAbsent(index, k -> new ArrayList<>()).add(states.get(0));
                    }
                } else if (a.kind() == Anaphor.Kind.subjectPronoun && Quotations.speakerOfQuotation(graph, n)) {
                    // « …, raconte-t-elle. Après 1994, elle rejoint … »: a speaker no state stands for is still what
                    // the next « elle » takes up
                    add(new Referent(index, n.index(), List.of(), MentionRoles.inReportingAside(graph, n) ? MentionRoles.OTHER : MentionRoles.SUBJECT,
                            a.plural(), a.gender(), false));
                }
                continue;
            }
            if (!ActorResolver.conjuncts(graph, n).isEmpty()) {
                List<Actor> states = resolver.resolveWithConjuncts(s, n).stream().map(r -> g.accountable(r.actor()))
                        .filter(x -> x != null).distinct().toList();
                if (states.size() >= 2) {
                    add(new Referent(index, n.index(), states, MentionRoles.role(graph, n), true, 'e', false));
                }
            }
        }
        quotations.mark(s, entities);
    }

    /**
     * « des CV90 suédois, puis des blindés Patria finlandais ; l'Allemagne lui a livré »: a demonym on a weapon's or a
     * company's name, or a company's name on products (a plural noun), tells where something is made; no pronoun
     * takes that state up.
     */
    private static boolean madeBy(LinkedSentence s, SemanticGraph graph, Mention m, IndexedWord head) {
        SemanticGraphEdge in = Syntax.parentEdge(graph, head);
        if (in == null) {
            return false;
        }
        String rel = in.getRelation().toString();
        if (m.form() == NameForm.demonym) {
            // on the name, or on a noun that the name qualifies (« des blindés Patria finlandais »)
            return rel.equals("amod") && Stream.concat(Stream.of(in.getGovernor()), graph.getChildren(in.getGovernor()).stream())
                    .map(s::mentionAt).anyMatch(x -> x != null && x.actor().isMaker());
        }
        return m.actor().kind() == ActorKind.Company && rel.equals("appos") && s.mentionAt(in.getGovernor()) == null
                && "NOUN".equals(in.getGovernor().tag()) && Morph.of(in.getGovernor()).plural();
    }

    private void add(Referent e) {
        int i = entities.size();
        while (i > 0 && !entities.get(i - 1).before(e.sentence(), e.token())) {
            i--;
        }
        entities.add(i, e);
    }

    /**
     * The state that an organ named without its country stands for ("la junte", "le gouvernement"): the state the
     * text is about, as a definite description would find it ("le royaume": a kingdom, state-nouns.tsv).
     */
    List<Actor> ownerOfOrgan(LinkedSentence s, IndexedWord organ) {
        // « Le Conseil de sécurité … le Conseil a condamné »: the first word of a body's name, capitalised and
        // alone, names that body again
        // (« le Conseil, par sa résolution 1343, reproche »: a phrase set off by a comma is no part of the name)
        IndexedWord next = s.parsed().graph().getNodeByIndexSafe(organ.index() + 1);
        boolean detached = next != null && next.word().equals(",");
        boolean bare = s.parsed().graph().outgoingEdgeList(organ).stream().allMatch(e -> e.getRelation().toString().matches("det|case|punct")
                || detached && e.getDependent().index() > organ.index());
        Actor body = bare && Character.isUpperCase(organ.word().charAt(0)) ? bodies.get(Syntax.lower(organ)) : null;
        if (body != null) {
            return List.of(body);
        }
        if (voice != null) {
            return List.of(voice);
        }
        // "le gouvernement fédéral" said again is who it was the last time.
        Referent same = described.getOrDefault(OrganOwners.descriptionKey(s.parsed().graph(), organ), List.of()).stream()
                .filter(r -> r.before(s.parsed().index(), organ.index())).reduce((a, b) -> b).orElse(null);
        if (same != null) {
            return same.states();
        }
        // « Le ministre sud-coréen de la Défense et le secrétaire d'État américain … Le ministre a accusé »: a bare
        // title takes up the last one who bore it, a few sentences back at most
        Referent bearer = OrganOwners.descriptionKey(s.parsed().graph(), organ) != null ? null
                : titled.getOrDefault(Morph.lemma(organ), List.of()).stream()
                        .filter(r -> r.before(s.parsed().index(), organ.index()) && s.parsed().index() - r.sentence() <= DESCRIPTION_WINDOW)
                        .reduce((a, b) -> b).orElse(null);
        if (bearer != null) {
            return bearer.states();
        }
        Actor forces = OrganOwners.lastNamedForces(s, organ, gazetteer, topic());
        if (forces != null && !statesActedOn(s, s.parsed().graph(), organ, false, false).contains(forces)) {
            return List.of(forces);
        }
        // « ATHÈNES – … le ministre de la défense a dressé le bilan … Le ministre a ensuite accusé la Turquie »
        // (a speaking organ: « l'armée fédérale » of a dispatch from Nairobi is that of the country it is about)
        if (home != null && DocumentVoice.isSpeakingOrgan(organ) && !statesActedOn(s, s.parsed().graph(), organ, false, false).contains(home)) {
            return List.of(home);
        }
        return resolve(s, organ, new Anaphor(Anaphor.Kind.description, false, 'e', 0, Syntax.lower(organ)));
    }

    /**
     * « nous », « notre pays »: the state the document speaks for (its heading's voice, the states « nous » named, or
     * outside quotes an editorial's country, the state it is about so far: « Éditorial — L'Essequibo ne se défendra
     * pas »); in a quotation, the state of its speaker (« « Nous lui avons livré trente-six Rafale », souligne le
     * ministre français »), or, with no speaker of a known state and none taken up by an anaphor, the state the whole
     * text is about (« « Les Américains équipent notre aviation », a résumé Stavros Karanikolas », in a text about
     * Greece); or none. With {@code title}, outside quotes the one state the title names: « Une Grèce qui ne baisse plus
     * les yeux », a speech; when the title quotes its speaker in the first person, the state the lead names.
     */
    /** Whether {@link #ourCountry} is looking up the speaker of a quotation. */
    private boolean findingSpeaker;

    List<Actor> ourCountry(LinkedSentence s, IndexedWord our, boolean title) {
        if (!we.isEmpty() || voice != null) {
            return !we.isEmpty() ? we : List.of(voice);
        }
        boolean quoted = Syntax.betweenQuotes(s.parsed().tokens(), our.index() - 1);
        Actor topic = editorial && !quoted ? topic() : null;
        topic = topic == null && title && !quoted ? (titleSpeaks ? leadState : titleState) : topic;
        if (topic == null && quoted && !findingSpeaker) {
            // (the speaker's own words may hold a « notre » that the quotation marks seem to cover: it is not looked up again)
            findingSpeaker = true;
            Speakers.QuotationSpeaker speaker;
            try {
                speaker = Speakers.ofQuotation(s, quotations, resolver, gazetteer);
            } finally {
                findingSpeaker = false;
            }
            topic = speaker.state() != null ? speaker.state() : speaker.form() == Speakers.SpeakerForm.anaphor ? null : mainState;
        }
        return topic == null ? List.of() : List.of(topic);
    }

    /** The states an anaphor stands for, or none when the node is not one or nothing before fits. */
    List<Actor> antecedents(LinkedSentence s, IndexedWord node) {
        Anaphor a = Anaphor.of(s, s.parsed().graph(), node);
        return a == null ? List.of() : resolve(s, node, a);
    }

    private List<Actor> resolve(LinkedSentence s, IndexedWord node, Anaphor a) {
        if (a.kind() == Anaphor.Kind.firstPerson) {
            List<Actor> named = Speakers.namedInApposition(s, node, resolver, gazetteer);
            if (!named.isEmpty()) {
                // « Nous, ministres … de la France, de l'Allemagne et du Royaume-Uni, condamnons »: a later « nous » too.
                we = named;
            }
            return ourCountry(s, node, true);
        }
        SemanticGraph g = s.parsed().graph();
        int sentence = s.parsed().index();
        Map.Entry<Integer, Actor> heading = sections.floorEntry(sentence);
        Actor section = heading == null ? null : heading.getValue();
        if (a.kind() == Anaphor.Kind.objectPronoun && a.plural()) {
            List<Actor> announced = AnnouncedList.afterColon(s, g, node, resolver, gazetteer);
            if (!announced.isEmpty()) {
                return announced;
            }
        }
        boolean onAttribute = a.kind() == Anaphor.Kind.possessive && ClauseSubjects.onAttribute(g, node);
        boolean onCopula = a.kind() == Anaphor.Kind.possessive && ClauseSubjects.onCopulaAttribute(g, node);
        // « la Yougoslavie fournit à son armée de l'air des Galeb »: whom one hands materiel to is someone else
        boolean onRecipient = a.kind() == Anaphor.Kind.possessive && recipientOfHanding(g, node);
        Set<Actor> subjectStates = a.kind() == Anaphor.Kind.objectPronoun || onAttribute || onCopula || onRecipient || a.kind() == Anaphor.Kind.lastNamed
                || a.kind() == Anaphor.Kind.description && !MentionRoles.isSubject(g, node)
                ? subjects.clauseSubjectStates(s, node, p -> subjectStates(s, sentence, p)) : Set.of();
        boolean adjunct = false;
        // « la France, fournisseur traditionnel de son armée »: not the state the phrase is in apposition to
        IndexedWord apposed = a.kind() == Anaphor.Kind.possessive ? ClauseSubjects.apposedTo(g, node) : null;
        List<Actor> apposedStates = apposed == null ? List.of() : statesAt(sentence, apposed.index());
        Set<Actor> clauseSubject = new HashSet<>(subjectStates);
        clauseSubject.addAll(apposedStates);
        if (a.kind() == Anaphor.Kind.possessive) {
            // « figure parmi leurs clients »: an adjunct that says what the subject is
            // « Les États-Unis en sont le premier fournisseur »: the « en » of a copula takes up a state named before
            boolean genitiveClitic = "en".equals(a.noun());
            adjunct = ClauseSubjects.inAdjunct(g, node) && !onAttribute && apposedStates.isEmpty() && !genitiveClitic;
            List<Actor> owner = adjunct || onAttribute || genitiveClitic ? List.of() : subjects.possessor(s, node, a.plural());
            // « La France a longtemps été son fournisseur »: not the subject the attribute describes
            owner = owner.stream().filter(x -> !clauseSubject.contains(x)).toList();
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        boolean bareEach = Anaphor.BARE_EACH.equals(a.noun());
        List<Actor> parties = a.kind() == Anaphor.Kind.eachOfTwo && !bareEach ? neighbourly(a, Protagonists.of(mentions)) : List.of();
        if (!parties.isEmpty()) {
            return parties;
        }
        if (a.count() > 0 || a.plural() && a.kind() == Anaphor.Kind.description) {
            for (int i = entities.size() - 1; i >= 0; i--) {
                Referent e = entities.get(i);
                if (e.before(sentence, node.index()) && e.states().size() >= 2 && (a.count() == 0 || e.states().size() == a.count())
                        && (!bareEach || e.sentence() == sentence)
                        && sentence - e.sentence() <= (a.count() >= 3 ? Anaphora.COUNTED_WINDOW : DESCRIPTION_WINDOW)
                        && !neighbourly(a, e.states()).isEmpty()) {
                    List<Actor> protagonists = a.count() == 2 && sentence - e.sentence() > 1 ? neighbourly(a, Protagonists.of(mentions)) : List.of();
                    return protagonists.isEmpty() ? e.states() : protagonists;
                }
            }
            List<Actor> pair = a.count() != 2 || bareEach ? List.of() : neighbourly(a, Protagonists.onlyTwo(entities.stream()
                    .filter(e -> e.before(sentence, node.index()) && sentence - e.sentence() <= 1).map(Referent::states).toList()));
            return a.count() != 2 || !pair.isEmpty() || bareEach ? pair : neighbourly(a, Protagonists.of(mentions));
        }
        int window = a.kind() == Anaphor.Kind.description ? DESCRIPTION_WINDOW : WINDOW;
        IndexedWord topic = a.kind() == Anaphor.Kind.subjectPronoun ? ClauseSubjects.topic(g, node) : null;
        List<Actor> topical = topic == null ? List.of() : statesAt(sentence, topic.index());
        if (!topical.isEmpty()) {
            return topical;
        }
        if (a.kind() != Anaphor.Kind.possessive && Syntax.betweenCommas(g, node)) {
            // "Les forces terrestres qataries, elles, ont réceptionné", "Rabat, lui, mise": the pronoun takes up the
            // phrase just before it (no clitic stands between commas).
            for (int i = entities.size() - 1; i >= 0; i--) {
                Referent e = entities.get(i);
                if (e.sentence() == sentence && e.token() < node.index() && e.fits(a, gazetteer)) {
                    return e.states();
                }
            }
        }
        if (a.kind() == Anaphor.Kind.lastNamed) {
            return Referent.lastNamed(entities, sentence, node.index(), window, a, clauseSubject, gazetteer);
        }
        Referent best = null;
        double bestScore = 0;
        int ownRole = MentionRoles.role(g, node);
        IndexedWord host = a.kind() == Anaphor.Kind.objectPronoun ? ClauseSubjects.hostSubject(s, g, node) : null;
        IndexedWord supplied = a.kind() == Anaphor.Kind.objectPronoun ? ClauseSubjects.suppliedBySubject(g, node) : null;
        supplied = supplied == null && a.kind() == Anaphor.Kind.objectPronoun ? subjects.partnerOfSubject(s, g, node) : supplied;
        supplied = supplied == null && a.kind() == Anaphor.Kind.objectPronoun ? ClauseSubjects.opposedByMainVerb(g, node) : supplied;
        Set<Integer> suppliedTokens = supplied == null ? Set.of()
                : g.descendants(supplied).stream().map(IndexedWord::index).collect(Collectors.toSet());
        Set<Actor> ruledOut = new HashSet<>(clauseSubject);
        if (a.kind() == Anaphor.Kind.objectPronoun) {
            ruledOut.addAll(coArgumentStates(g, node, sentence));
        }
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, node);
        if (a.kind() == Anaphor.Kind.description && !a.byStateNoun() && (toVerb != null && MentionRoles.dislocated(toVerb) || MentionRoles.doubled(g, node))) {
            // « Pékin accuse les États-Unis … La junte, elle, accuse l'ONU »: an organ set off and taken up by a pronoun
            // contrasts with the subjects just before it (not a state noun: « Rabat n'a pas réagi … Le royaume, lui,
            // accuse Alger »)
            entities.stream().filter(e -> e.subject() && (e.sentence() == sentence - 1 || e.before(sentence, node.index()) && e.sentence() == sentence))
                    .forEach(e -> ruledOut.addAll(e.states()));
        }
        // « le royaume a rappelé son ambassadeur en accusant la Suède », « le gouvernement a cédé à Kiev ses Su-25 »: a
        // subject pronoun or a description (by a state noun, or an organ named without its state) is not what it acts on
        boolean describedSubject = a.kind() == Anaphor.Kind.description && MentionRoles.isSubject(g, node);
        Set<Actor> actedOn = a.kind() == Anaphor.Kind.subjectPronoun || describedSubject
                ? statesActedOn(s, g, node, describedSubject, describedSubject && a.byStateNoun()) : Set.of();
        ruledOut.addAll(actedOn);
        boolean organOnOtherState = describedSubject && !a.byStateNoun() && !actedOn.isEmpty();
        Set<Integer> sharedSubject = a.kind() == Anaphor.Kind.subjectPronoun ? ClauseSubjects.coordinatedSubject(g, node) : Set.of();
        // « son fournisseur », « autre fournisseur de longue date du régime »: whose supplier one is
        IndexedWord possessed = a.kind() == Anaphor.Kind.possessive
                || a.kind() == Anaphor.Kind.description && Syntax.hasCaseOrMark(g, node, Set.of("de")) ? g.getParent(node) : null;
        IndexedWord attribute = "en".equals(a.noun()) && possessed != null ? Syntax.attributeOfCopularVerb(g, possessed) : null;
        // « en restent les fournisseurs »: the clitic on the verb says whose the attribute is
        possessed = attribute != null ? attribute : possessed;
        boolean ofSupplier = possessed != null && SUPPLIER_NOUNS.contains(Morph.lemma(possessed));
        SemanticGraphEdge clitic = a.kind() == Anaphor.Kind.objectPronoun ? Syntax.parentEdge(g, node) : null;
        boolean fromSeller = clitic != null && clitic.getRelation().toString().equals("iobj")
                && SOURCE_DATIVE_VERBS.contains(Morph.lemma(clitic.getGovernor()));
        // A subject pronoun takes up the subject before it (the bonus below) rather than the nearest name.
        int recency = a.kind() == Anaphor.Kind.subjectPronoun ? 0 : RECENCY;
        // « L'Inde accuse son voisin »: a state that borders the possessor (neighbours.tsv), named however far back
        boolean neighbourNoun = a.kind() == Anaphor.Kind.description && NEIGHBOUR_NOUNS.contains(Syntax.lower(node));
        Actor possessor = !neighbourNoun ? null : clauseSubject.size() == 1 ? clauseSubject.iterator().next() : possessiveOwner(s, g, node);
        Actor bordered = possessor != null && gazetteer.hasNeighbours(possessor) ? possessor : null;
        boolean speaker = a.kind() == Anaphor.Kind.subjectPronoun && Quotations.speakerOfQuotation(g, node);
        Set<Integer> subjectPhrase = "en".equals(a.noun()) ? subjectPhraseOf(g, node) : Set.of();
        // (and before a described subject: « Par l'intermédiaire du marchand d'armes français X, le régime se procure … »)
        Set<Integer> fronted = a.kind() == Anaphor.Kind.possessive ? frontedAdjunctBeforeSubject(g, g.getParent(node))
                : describedSubject ? frontedAdjunctBeforeSubject(g, node) : Set.of();
        IndexedWord parallel = a.kind() == Anaphor.Kind.possessive ? possessiveOfEarlierConjunctSubject(g, node) : null;
        for (Referent e : entities) {
            if (speaker && quotations.inQuotation(e, s)) {
                continue;
            }
            boolean title = a.kind() == Anaphor.Kind.description && e.states().size() == 1
                    && (e.states().get(0).equals(titleState) || e.states().get(0).equals(section));
            if (bordered != null && e.states().stream().noneMatch(x -> gazetteer.areNeighbours(bordered, x))) {
                continue;
            }
            if (!e.before(sentence, node.index()) || sentence - e.sentence() > window && !title && bordered == null || !e.fits(a, gazetteer)
                    || e.states().stream().anyMatch(x -> ruledOut.stream().anyMatch(y -> gazetteer.sameLineage(x, y)))) {
                continue;
            }
            if (adjunct && (e.sentence() != sentence || e.role() < MentionRoles.OTHER || e.subject())) {
                continue;
            }
            if ("en".equals(a.noun()) && (e.states().isEmpty() || e.sentence() == sentence && subjectPhrase.contains(e.token()))) {
                // « en » stands for a thing or a country, not for a person, nor for what its clause's subject names
                // (« les États-Unis comme le Royaume-Uni en restent les fournisseurs historiques »)
                continue;
            }
            double score = adjunct ? -MentionRoles.depth(g, g.getNodeByIndexSafe(e.token()))
                    : (recency + e.role()) * Math.pow(0.5, sentence - e.sentence());
            if (e.sentence() == sentence && fronted.contains(e.token())) {
                // « Au lendemain des frappes conduites par les États-Unis …, son ministère a condamné »: a name inside
                // a phrase set before the subject dates or places the clause; the subject's owner is told before
                score /= 2;
            }
            if (a.kind() == Anaphor.Kind.subjectPronoun && e.subject()) {
                score += 35 + (e.sentence() == sentence && sharedSubject.contains(e.token()) ? 100 : 0);
            }
            if (parallel != null && e.sentence() == sentence && e.token() == parallel.index()) {
                // « Ses blindés se résument aux Nyala que l'Afrique du Sud lui a livrés, et son armement provient
                // d'Israël »: the possessive on a coordinated clause's subject takes up the one on the first clause's
                score += 100;
            }
            if (a.kind() == Anaphor.Kind.objectPronoun && e.objectPronoun() && e.role() == ownRole && e.sentence() < sentence) {
                // Parallelism (Lappin and Leass): "Israël, qui lui vend ... La Turquie lui a livré": an object
                // pronoun takes up an object pronoun of the same function in a sentence before.
                score += 20;
            }
            if (fromSeller && e.subject()) {
                // « Elle a vendu ses Scorpène au Brésil et à l'Inde, et la Grèce s'est engagée à lui acheter … »: whom one
                // buys from is a seller, named as the subject of a clause before, not one of its recipients.
                score += 60 * Math.pow(0.5, sentence - e.sentence());
            }
            if (a.kind() == Anaphor.Kind.objectPronoun && ownRole == MentionRoles.DATIVE && e.role() == MentionRoles.DATIVE && !fromSeller) {
                // "Moscou a vendu au Caire des MiG, tandis que l'Allemagne lui a livré des sous-marins": a dative
                // pronoun takes up the recipient before it rather than the subject (in a sentence before, less so).
                score += e.sentence() == sentence ? 60 : 35 * Math.pow(0.5, sentence - e.sentence());
            }
            if (ofSupplier && e.role() == MentionRoles.DATIVE) {
                // « l'URSS a été le principal fournisseur de l'Irak … La France fut son deuxième fournisseur »: whose
                // supplier one is takes up whom a supplier supplied before it.
                score += 40 * Math.pow(0.5, sentence - e.sentence());
            }
            if (host != null && e.sentence() == sentence && e.token() == host.index()) {
                // Beats the dative's bonus below: « … reproche à la Russie …, auprès de l'Inde, qui lui a vendu ».
                score += 80;
            }
            if (supplied != null && e.sentence() == sentence && suppliedTokens.contains(e.token())) {
                score += 100;
            }
            if (a.plural() && e.states().size() > 1) {
                // "l'Arabie saoudite, les Émirats, Bahreïn et l'Égypte ... qu'ils accusent": the whole group.
                score += 20;
            }
            if (!e.states().isEmpty() && !adjunct) {
                // The document's topic is the likelier referent: strongly for "le pays", a little for a pronoun.
                // An organ without its state (« le gouvernement », « le ministre X ») is the topic's far more often.
                int weight = a.kind() != Anaphor.Kind.description ? 5 : a.byStateNoun() ? 10 : ORGAN_TOPIC_WEIGHT;
                score += weight * Math.min(5, mentions.getOrDefault(e.states().get(0), 0))
                        + (title ? TITLE_BONUS : 0);
            }
            if (quotations.inQuotation(e, s) && !quotations.inQuotation(s, node)) {
                // « … Le régime a bâti sa propre industrie », raconte-t-elle. Après 1994, elle rejoint …: told outside a
                // quotation, an anaphor takes up what the narrative names before what the quoted speech does
                score /= 2;
            }
            if (best == null || score >= bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null && adjunct) {
            return subjects.possessor(s, node, a.plural());
        }
        // (under a section heading that names a state, « AUTRICHE. », that state)
        Actor about = section != null ? section : topic();
        // (not when the sentence just before is about the best one: « la réaction azerbaïdjanaise a été immédiate. Le
        // ministère des Affaires étrangères accuse la France »)
        boolean justBefore = best != null && best.subject() && best.sentence() == sentence - 1 && !best.states().isEmpty();
        if (organOnOtherState && about != null && mentions.getOrDefault(about, 0) >= 2 && !justBefore
                && ruledOut.stream().noneMatch(x -> gazetteer.sameLineage(x, about))) {
            // an organ acting on another state is the state the text is about rather than the one named last
            return List.of(about);
        }
        boolean organ = a.kind() == Anaphor.Kind.description && !a.byStateNoun();
        if (organ && best != null && about != null && best.sentence() < sentence - 1 && best.states().size() == 1
                && mentions.getOrDefault(about, 0) >= TOPIC_RATIO * Math.max(1, mentions.getOrDefault(best.states().get(0), 0))
                && ruledOut.stream().noneMatch(x -> gazetteer.sameLineage(x, about))) {
            // « … Les Suédois ont présenté leur A26 … En 2021, le gouvernement a accusé … »: an organ without its state,
            // sentences after a state named in passing, is that of the state the text keeps naming
            return List.of(about);
        }
        if (best == null && a.byStateNoun()) {
            // « l'archipel », sentences after the archipelago was last named: the one state named so far it can designate
            List<Actor> designated = mentions.keySet().stream().filter(x -> x.kind() == ActorKind.State && gazetteer.designates(a.noun(), x)
                    && ruledOut.stream().noneMatch(y -> gazetteer.sameLineage(x, y))).toList();
            return designated.size() == 1 ? designated : List.of();
        }
        // A person the gazetteer does not know, the likeliest antecedent, is not a state.
        return best == null ? List.of() : best.states();
    }

    /**
     * The tokens of the subject of the clause a word hangs on and of the subjects joined to it (« en restent » of « les
     * États-Unis comme le Royaume-Uni »), not of what describes it (« Pékin, partenaire d'Islamabad, en est … »).
     */
    private static Set<Integer> subjectPhraseOf(SemanticGraph g, IndexedWord word) {
        SemanticGraphEdge in = Syntax.parentEdge(g, word);
        IndexedWord subject = in == null ? null : Syntax.child(g, in.getGovernor(), "nsubj");
        if (subject == null) {
            return Set.of();
        }
        Set<Integer> tokens = new HashSet<>();
        tokens.add(subject.index());
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            if (e.getRelation().toString().equals("conj") || "comme".equals(Syntax.caseWord(g, e.getDependent()))) {
                tokens.add(e.getDependent().index());
                g.descendants(e.getDependent()).forEach(w -> tokens.add(w.index()));
            }
        }
        return tokens;
    }

    /**
     * « le ministère a condamné la violation de l'espace aérien roumain par la Russie »: the state whose airspace or
     * sovereignty a condemned violation (french-words violation-noun) harmed is no state the clause acts on.
     */
    private static boolean violated(SemanticGraph g, IndexedWord head) {
        IndexedWord x = head;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            if (in == null) {
                return false;
            }
            if (VIOLATION_NOUNS.contains(Morph.lemma(in.getGovernor()))) {
                return in.getRelation().toString().startsWith("nmod") && "de".equals(Syntax.caseWord(g, x));
            }
            x = in.getGovernor();
        }
        return false;
    }

    /** « plaider la cause de son pays, qui accusait son voisin »: the one state a noun's possessive stands for, or null. */
    private Actor possessiveOwner(LinkedSentence s, SemanticGraph g, IndexedWord noun) {
        IndexedWord whose = Syntax.child(g, noun, "det");
        List<Actor> owner = Anaphora.isPossessive(whose) ? antecedents(s, whose) : List.of();
        return owner.size() == 1 ? owner.get(0) : null;
    }

    /** The states a subject's clause acts on (its objects, datives, complements), named there as states or organs. */
    private Set<Actor> statesActedOn(LinkedSentence s, SemanticGraph g, IndexedWord subject, boolean coreOnly, boolean withConjuncts) {
        Set<Integer> coArguments = ClauseSubjects.coArguments(g, subject, coreOnly, withConjuncts);
        Set<Actor> out = new HashSet<>();
        for (Mention m : s.mentions()) {
            // A state or its organ, not a company or a weapon: « qu'elle équipera de MiG » may still be Moscow.
            IndexedWord head = MentionRoles.headOf(s, g, m);
            Actor state = gazetteer.accountable(m.actor());
            if (head != null && state != null && coArguments.contains(head.index()) && m.actor().kind() != ActorKind.Company
                    && m.actor().kind() != ActorKind.WeaponSystem && m.actor().kind() != ActorKind.Person
                    && !demonymOnWeapon(s, g, m, head) && !violated(g, head)) {
                out.add(state);
            }
            if (head != null && state != null && m.actor().kind() == ActorKind.Company && madeWhatIsActedOn(g, subject, head)) {
                out.add(state);
            }
        }
        return out;
    }

    /**
     * « l'armée de terre a reçu des lance-roquettes conçus par Roketsan »: a company, the agent of a participle on the
     * object of the subject's verb, made or sold what the subject acts on.
     */
    private static boolean madeWhatIsActedOn(SemanticGraph g, IndexedWord subject, IndexedWord company) {
        SemanticGraphEdge agent = Syntax.parentEdge(g, company);
        SemanticGraphEdge participle = agent == null || !agent.getRelation().toString().equals("obl:agent") ? null
                : Syntax.parentEdge(g, agent.getGovernor());
        SemanticGraphEdge object = participle == null || !participle.getRelation().toString().equals("acl") ? null
                : Syntax.parentEdge(g, participle.getGovernor());
        SemanticGraphEdge toSubject = Syntax.parentEdge(g, subject);
        // (not with a verb of handing over: « elle nous remet des patrouilleurs construits par Austal » may be Australia)
        return object != null && object.getRelation().toString().equals("obj") && toSubject != null
                && object.getGovernor().equals(toSubject.getGovernor()) && !HANDING_VERBS.contains(Morph.lemma(object.getGovernor()));
    }

    /**
     * « elle est restée le fournisseur de l'armée de terre »: a subject pronoun not yet taken up is resolved now, and so
     * is a description (« l'ancienne puissance coloniale demeure son fournisseur »).
     */
    private List<Actor> subjectStates(LinkedSentence s, int sentence, IndexedWord subject) {
        List<Actor> states = statesAt(sentence, subject.index());
        if (!states.isEmpty()) {
            return states;
        }
        // « l'ancienne puissance coloniale demeure son fournisseur »: a description subject is resolved like a pronoun
        Anaphor a = Anaphor.of(s, s.parsed().graph(), subject);
        // (« Nous lui avons livré … »: « lui » is not who « nous » is)
        return Syntax.isSubjectPronoun(subject) || a != null && (a.kind() == Anaphor.Kind.description || a.kind() == Anaphor.Kind.firstPerson)
                ? antecedents(s, subject) : states;
    }

    /**
     * « presque tout lui venait de l'Union soviétique »: a clitic pronoun does not stand for another argument of its own
     * verb (binding principle B), here where it came from; the states named by the verb's other complements.
     */
    private Set<Actor> coArgumentStates(SemanticGraph g, IndexedWord pronoun, int sentence) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        Set<Actor> out = new HashSet<>();
        if (in == null) {
            return out;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
            // (not another clitic: « le lui a cédé », where « le » is what was handed over)
            if (!e.getDependent().equals(pronoun) && CO_ARGUMENTS.contains(e.getRelation().toString()) && !"PRON".equals(e.getDependent().tag())) {
                out.addAll(statesAt(sentence, e.getDependent().index()));
            }
        }
        return out;
    }

    /**
     * The possessive determiner on the subject of the clause a clause is coordinated with, when the possessive is on the
     * later clause's subject (« Ses blindés … , et son armement … »); or null.
     */
    private static IndexedWord possessiveOfEarlierConjunctSubject(SemanticGraph g, IndexedWord possessive) {
        SemanticGraphEdge toNoun = Syntax.parentEdge(g, possessive);
        SemanticGraphEdge toVerb = toNoun == null ? null : Syntax.parentEdge(g, toNoun.getGovernor());
        SemanticGraphEdge toFirst = toVerb == null || !toVerb.getRelation().toString().startsWith("nsubj") ? null
                : Syntax.parentEdge(g, toVerb.getGovernor());
        if (toFirst == null || !toFirst.getRelation().toString().equals("conj")) {
            return null;
        }
        IndexedWord subject = Syntax.child(g, toFirst.getGovernor(), "nsubj");
        IndexedWord determiner = subject == null ? null : Syntax.child(g, subject, "det");
        return determiner != null && POSSESSIVES.contains(Syntax.lower(determiner)) ? determiner : null;
    }

    /**
     * The tokens inside the adverbial phrases (« au lendemain de … », « en 2019, après … ») that stand before a subject
     * noun (the one a possessive is on, or a description), hung on that subject's verb, but their heads; none when the
     * noun is no subject.
     */
    private static Set<Integer> frontedAdjunctBeforeSubject(SemanticGraph g, IndexedWord noun) {
        SemanticGraphEdge toVerb = noun == null ? null : Syntax.parentEdge(g, noun);
        if (toVerb == null || !toVerb.getRelation().toString().startsWith("nsubj")) {
            return Set.of();
        }
        Set<Integer> out = new HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(toVerb.getGovernor())) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("obl") || rel.equals("advcl")) && e.getDependent().index() < noun.index()) {
                // (not the name that heads it: « Quant à la France, … ses chars Leclerc », « À Moscou, son ministre »)
                g.descendants(e.getDependent()).stream().filter(d -> !d.equals(e.getDependent())).forEach(d -> out.add(d.index()));
            }
        }
        return out;
    }

    /** The states of the anaphor or name recorded at a token, or none. */
    private List<Actor> statesAt(int sentence, int token) {
        return entities.stream().filter(e -> e.sentence() == sentence && e.token() == token).findFirst().map(Referent::states)
                .orElse(List.of());
    }

    /**
     * « la commande passée au britannique BAE Systems — des navires que le chantier a vendus au Brésil »: the state of the
     * company last named before a token, within {@value #DESCRIPTION_WINDOW} sentences, which a definite company noun
     * without an owner takes up; none when there is no such company.
     */
    List<Actor> lastMaker(int sentence, int token) {
        for (int i = makers.size() - 1; i >= 0; i--) {
            Referent r = makers.get(i);
            if (r.before(sentence, token)) {
                return sentence - r.sentence() <= DESCRIPTION_WINDOW ? r.states() : List.of();
            }
        }
        return List.of();
    }

    /** The states that descriptions of one sentence stand for, one per description (« l'émirat a commandé … »). */
    public List<Actor> describedIn(int sentence) {
        return describedStates.getOrDefault(sentence, List.of());
    }

    /** The state the document has named most so far: the subject of the article, for descriptions with nothing near. */
    Actor topic() {
        return mentions.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Whether a possessive's noun is whom a verb of handing over (french-words handing-verb) hands to: « à son armée ». */
    private static boolean recipientOfHanding(SemanticGraph g, IndexedWord possessive) {
        IndexedWord possessed = g.getParent(possessive);
        SemanticGraphEdge in = possessed == null ? null : Syntax.parentEdge(g, possessed);
        // (a verb with its own subject: « des armes nord-coréennes livrées à leur flotte » leaves « leur » open)
        if (in == null || !HANDING_VERBS.contains(Morph.lemma(in.getGovernor())) || Syntax.child(g, in.getGovernor(), "nsubj") == null) {
            return false;
        }
        String rel = in.getRelation().toString();
        return rel.equals("iobj") || rel.startsWith("obl") && "à".equals(Syntax.caseWord(g, possessed));
    }

    /**
     * « il fait céder à Kiev la batterie de S-300 slovaque »: a demonym on a weapon in the clause says whose the weapon
     * is, which may well be the subject's own; it does not rule the subject's state out as the pronoun's referent.
     */
    private static boolean demonymOnWeapon(LinkedSentence s, SemanticGraph g, Mention m, IndexedWord head) {
        IndexedWord on = m.form() == NameForm.demonym ? g.getParent(head) : null;
        Mention named = on == null ? null : s.mentionAt(on);
        return named != null && named.actor().isWeapon();
    }

    /**
     * « chacun des deux voisins accuse l'autre »: two states « voisins » stands for must share a border, when the
     * gazetteer lists both states' neighbours (neighbours.tsv); else none.
     */
    private List<Actor> neighbourly(Anaphor a, List<Actor> states) {
        if (a.noun() == null || !a.noun().startsWith("voisin") || states.size() != 2) {
            return states;
        }
        Actor one = states.get(0);
        Actor other = states.get(1);
        return gazetteer.hasNeighbours(one) && gazetteer.hasNeighbours(other) && !gazetteer.areNeighbours(one, other) ? List.of() : states;
    }
}
