package org.actorgraph.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.actorgraph.ingest.TsvRows;

/**
 * The bundled gazetteer (resources/gazetteer/*.tsv): actors with their Wikidata ids, the surfaces that
 * name them, the nouns that stand for a state's organs ("ministère", "armée", "porte-parole"), and the words that
 * say what a name it does not list stands for ("la société", "le ministre"); plus the rows of a user's own files.
 */
public final class Gazetteer {
    public record Surface(String text, Actor actor, NameForm form) {}

    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Surface> surfaces = new ArrayList<>();
    /** The capitalised demonyms the names file does not list, read as nouns after an article (« le Fidjien »). */
    private final Set<String> demonymNouns = new HashSet<>();
    private final Map<String, ActorKind> agentNouns = new HashMap<>();
    private final Map<String, Set<String>> stateNouns = new HashMap<>();
    private final Map<String, String> lineage = new HashMap<>();
    private final Map<String, Integer> successorSince = new HashMap<>();
    private final Set<String> nonAccusers = new HashSet<>();
    private final Set<String> armsTradingOrganisations = new HashSet<>();
    /** Names that a state and its predecessor both bore (successors.tsv, fourth column), lowercased. */
    private final Set<String> sharedNames = new HashSet<>();
    /** Successors whose predecessor only their shared name recalls (successors.tsv rows with a fourth column). */
    private final Set<String> eraByNameOnly = new HashSet<>();
    private final Map<String, ActorKind> nameCues = new HashMap<>();
    private final Map<String, String> namesakes = new HashMap<>();
    private final Map<String, List<Actor>> partners = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();

    /**
     * The bundled gazetteer and the rows of the user's files (--gazetteer), in the format of actors.tsv and names.tsv;
     * throws a {@link GazetteerError} naming the file and line of the first bad row.
     */
    public static Gazetteer load(List<Path> userFiles) {
        Gazetteer g = load();
        if (!userFiles.isEmpty()) {
            GazetteerFiles.read(userFiles).addTo(g);
        }
        return g;
    }

    /** Reads the bundled gazetteer files; callers keep and share the instance. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        readTsv("gazetteer/actors.tsv", 4, c -> g.actors.put(c[0], new Actor(c[0], ActorKind.valueOf(c[1]), c[2],
                c.length > 3 ? c[3] : c[2], c.length > 4 && !c[4].isBlank() ? c[4] : null)));
        // A home the shapes refuse would fail every document that names the actor: refuse it here, once. (An
        // official may also answer to a body that answers to a state or an organisation: a commissioner.)
        for (Actor a : g.actors.values()) {
            Actor home = a.homeQid() == null ? null : g.actors.get(a.homeQid());
            Set<ActorKind> allowed = new HashSet<>(GazetteerFiles.allowedHomes(a.kind()));
            if (a.kind() == ActorKind.Person) {
                allowed.add(ActorKind.GovernmentBody);
            }
            if (a.homeQid() != null && (home == null || !allowed.contains(home.kind()))) {
                throw new IllegalStateException("gazetteer/actors.tsv: the home of " + a.qid() + " (" + a.kind() + ") is "
                        + a.homeQid() + (home == null ? ", which is not in the gazetteer" : ", a " + home.kind())
                        + "; allowed: " + allowed);
            }
        }
        readTsv("gazetteer/names.tsv", 3, c -> {
            Actor a = g.actors.get(c[1]);
            if (a == null) {
                throw new IllegalStateException("gazetteer/names.tsv: unknown actor " + c[1] + " for '" + c[0] + "'");
            }
            g.surfaces.add(new Surface(c[0], a, NameForm.valueOf(c[2])));
        });
        List<String> forceNames = new ArrayList<>();
        readTsv("gazetteer/force-names.tsv", 1, c -> forceNames.add(c[0]));
        Set<String> listed = new HashSet<>();
        g.surfaces.forEach(x -> listed.add(x.text()));
        // « le Fidjien Frank Bainimarama », « une Australienne »: a demonym capitalised is a noun, one of its people
        // (after an article only: MentionFinder; « la Fondation Nippon », « le Pathet Lao » are names).
        for (Surface d : List.copyOf(g.surfaces)) {
            String noun = d.form() == NameForm.demonym && Character.isLowerCase(d.text().charAt(0))
                    ? Character.toUpperCase(d.text().charAt(0)) + d.text().substring(1) : null;
            if (noun != null && listed.add(noun)) {
                g.surfaces.add(new Surface(noun, d.actor(), NameForm.demonym));
                g.demonymNouns.add(noun);
            }
        }
        for (Actor a : g.actors.values()) {
            if (a.kind() == ActorKind.State) {
                String english = a.labelEn().replaceFirst("^The ", "");
                forceNames.stream().map(p -> p.replace("{en}", english)).filter(listed::add)
                        .forEach(text -> g.surfaces.add(new Surface(text, a, NameForm.name)));
            }
        }
        readTsv("gazetteer/agent-nouns.tsv", 2, c -> g.agentNouns.put(c[0].toLowerCase(), ActorKind.valueOf(c[1])));
        readTsv("gazetteer/non-accusers.tsv", 1, c -> g.nonAccusers.add(c[0]));
        readTsv("gazetteer/arms-trading-organisations.tsv", 1, c -> g.armsTradingOrganisations.add(c[0]));
        readTsv("gazetteer/successors.tsv", 3, c -> {
            g.lineage.put(c[0], c[1]);
            g.lineage.put(c[1], c[0]);
            g.successorSince.put(c[1], Integer.parseInt(c[2]));
            if (c.length > 3 && !c[3].isBlank()) {
                for (String name : c[3].split("\\|")) {
                    g.sharedNames.add(name.strip().toLowerCase(Locale.ROOT));
                }
                g.eraByNameOnly.add(c[1]);
            }
        });
        readTsv("gazetteer/state-nouns.tsv", 2, c -> {
            if (g.actors.get(c[1]) == null) {
                throw new IllegalStateException("gazetteer/state-nouns.tsv: unknown actor " + c[1] + " for '" + c[0] + "'");
            }
            g.stateNouns.computeIfAbsent(c[0].toLowerCase(), k -> new HashSet<>()).add(c[1]);
        });
        readTsv("gazetteer/name-cues.tsv", 2, c -> g.nameCues.put(c[0].toLowerCase(Locale.ROOT), ActorKind.valueOf(c[1])));
        readTsv("gazetteer/namesakes.tsv", 2, c -> {
            if (g.actors.get(c[1]) == null || g.surfaces.stream().noneMatch(x -> x.text().equals(c[0]))) {
                throw new IllegalStateException("gazetteer/namesakes.tsv: '" + c[0] + "' is not a listed surface, or "
                        + c[1] + " not a listed actor");
            }
            g.namesakes.put(c[0], c[1]);
        });
        readTsv("gazetteer/neighbours.tsv", 2, c -> {
            if (g.actors.get(c[0]) == null || g.actors.get(c[1]) == null) {
                throw new IllegalStateException("gazetteer/neighbours.tsv: unknown actor " + c[0] + " or " + c[1]);
            }
            g.neighbours.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1]);
            g.neighbours.computeIfAbsent(c[1], k -> new HashSet<>()).add(c[0]);
        });
        readTsv("gazetteer/joint-programmes.tsv", 2, c -> {
            if (g.actors.get(c[0]) == null || !g.actors.get(c[0]).isWeapon()) {
                throw new IllegalStateException("gazetteer/joint-programmes.tsv: '" + c[0] + "' is not a listed weapon system");
            }
            List<Actor> states = new ArrayList<>();
            for (String qid : c[1].trim().split("\\s+")) {
                Actor state = g.actors.get(qid);
                if (state == null || state.kind() != ActorKind.State) {
                    throw new IllegalStateException("gazetteer/joint-programmes.tsv: '" + qid + "' is not a listed state");
                }
                states.add(state);
            }
            g.partners.put(c[0], List.copyOf(states));
        });
        return g;
    }

    void add(Actor a) {
        actors.put(a.qid(), a);
    }

    void add(Surface s) {
        surfaces.add(s);
    }

    private static void readTsv(String resource, int minColumns, Consumer<String[]> row) {
        TsvRows.bundled(resource, minColumns).forEach(r -> row.accept(r.cells()));
    }

    /**
     * The other actor a surface may name ("Congo", "congolais": the Republic of the Congo, or the Democratic
     * Republic of the Congo), or null when the surface names one actor only.
     */
    public Actor namesake(String surface) {
        String qid = namesakes.get(surface);
        return qid == null ? null : actors.get(qid);
    }

    /**
     * « RABAT », « Abuja »: the state that a place's name (a state's or its capital's, written in any case, with or
     * without accents) stands for, or null.
     */
    public Actor stateNamed(String written) {
        if (written == null) {
            return null;
        }
        String key = MentionFinder.unaccented(written);
        for (Surface s : surfaces) {
            Actor state = s.form() == NameForm.demonym || !MentionFinder.unaccented(s.text()).equals(key) ? null : accountable(s.actor());
            if (state != null && state.kind() == ActorKind.State) {
                return state;
            }
        }
        return null;
    }

    public Actor actor(String qid) {
        return actors.get(qid);
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    /** Whether a surface is a capitalised demonym read as a noun, which names one of its people only after an article. */
    public boolean isDemonymNoun(String surface) {
        return demonymNouns.contains(surface);
    }

    public List<Surface> surfaces() {
        return surfaces;
    }

    /**
     * Whether a noun, with or without its adjective ("le royaume", "l'émirat", "l'île", "l'ancienne puissance
     * coloniale"), that designates a state can stand for this one; nouns
     * that state-nouns.tsv does not list ("le pays", "l'État") can stand for any state, and only a state ("ce pays"
     * is never the European Union).
     */
    public boolean designates(String noun, Actor state) {
        String[] words = noun.toLowerCase().split(" ");
        Set<String> states = null;
        for (int i = 1; i < words.length && states == null; i++) {
            states = stateNouns.get(words[0] + " " + words[i]);
        }
        if (states == null) {
            // "puissance régionale": a noun and adjective not listed together are the noun alone
            states = stateNouns.get(words[0]);
        }
        return states == null ? state.kind() == ActorKind.State : states.contains(state.qid());
    }

    /** Whether an actor's accusations are judicial charges (a court), not what ag:accuses records. */
    public boolean isNonAccuser(Actor a) {
        return nonAccusers.contains(a.qid());
    }

    /** Whether an actor can supply arms: any but an international organisation outside arms-trading-organisations.tsv. */
    public boolean maySupplyArms(Actor a) {
        return a.kind() != ActorKind.InternationalOrganisation || armsTradingOrganisations.contains(a.qid());
    }

    /** Whether two actors answer to one state (or to a state and its predecessor): a ministry and its state do. */
    public boolean sameState(Actor a, Actor b) {
        Actor x = accountable(a);
        Actor y = accountable(b);
        return x != null && y != null && sameLineage(x, y);
    }

    /** The state's predecessor when {@code year} is before the state began (Russia in 1967: the Soviet Union), else the state. */
    public Actor inItsTime(Actor state, int year) {
        Integer since = successorSince.get(state.qid());
        return since != null && year < since ? actors.get(lineage.get(state.qid())) : state;
    }

    /**
     * Whether a name was borne by a state and by its predecessor (« République fédérale d'Allemagne », West Germany's
     * name before 1991 and Germany's since): like a capital, it names the state of its time.
     */
    public boolean isSharedName(String surface) {
        return sharedNames.contains(surface.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether only the shared name recalls the state's predecessor: before 1991 « allemand » and « Berlin » may be either
     * German state, « la République fédérale d'Allemagne » only the West.
     */
    public boolean eraByNameOnly(Actor state) {
        return eraByNameOnly.contains(state.qid());
    }

    /** Whether the neighbours of a state are listed (neighbours.tsv). */
    public boolean hasNeighbours(Actor state) {
        return neighbours.containsKey(state.qid());
    }

    /** Whether two states are neighbours (neighbours.tsv). */
    public boolean areNeighbours(Actor a, Actor b) {
        return neighbours.getOrDefault(a.qid(), Set.of()).contains(b.qid());
    }

    /** Whether a state had ceased to be by that year: its successor (successors.tsv) had taken its place. */
    public boolean endedBy(Actor state, int year) {
        String successor = lineage.get(state.qid());
        Integer since = successor == null ? null : successorSince.get(successor);
        return since != null && !successorSince.containsKey(state.qid()) && year >= since;
    }

    /** Whether two actors are one state, or a state and its predecessor (the Soviet Union and Russia). */
    public boolean sameLineage(Actor a, Actor b) {
        return a.equals(b) || b.qid().equals(lineage.get(a.qid()));
    }

    /**
     * What a word beside a name the gazetteer does not list says the name stands for (name-cues.tsv): « société »
     * a company, « ministre » a person, « agence » a government body, « armé » an armed group; null for other words.
     */
    public ActorKind cueKind(String word) {
        return nameCues.get(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of actor an agent noun names, by its word or else its lemma (null when it is not one). */
    public ActorKind agentKind(String word, String lemma) {
        ActorKind k = agentNouns.get(word.toLowerCase());
        return k != null || lemma == null ? k : agentNouns.get(lemma.toLowerCase());
    }

    public boolean isAgentNoun(String word) {
        return agentNouns.containsKey(word.toLowerCase());
    }

    /** A company noun ("constructeur", "industriel"): it never stands for the state a text is about. */
    public boolean isCompanyNoun(String word) {
        return agentNouns.get(word.toLowerCase()) == ActorKind.Company;
    }

    /**
     * A noun for the members of an armed group ("combattants", "milices", "rebelles"): it stands for the
     * armed group named beside it ("les combattants du Hezbollah"), never for a state ("les rebelles syriens").
     */
    public boolean isGroupMemberNoun(String word) {
        return agentNouns.get(word.toLowerCase()) == ActorKind.ArmedGroup;
    }

    /**
     * The state, organisation or armed group that answers for an actor in the direct edges: itself for
     * states, organisations and armed groups (an armed group's home state is never put in its place), its
     * home (state, organisation, or the armed group it belongs to) for companies, bodies and people. Null for
     * weapon systems and for actors without a home.
     */
    public Actor accountable(Actor a) {
        for (int hops = 0; a != null && hops < 3; hops++) {
            if (a.kind().isAccountable()) {
                return a;
            }
            if (a.isWeapon()) {
                return null;
            }
            a = a.homeQid() == null ? null : actors.get(a.homeQid());
        }
        return null;
    }

    /** The states that build a weapon system together (joint-programmes.tsv), or none when one maker does. */
    public List<Actor> partnersOf(Actor weapon) {
        return weapon == null ? List.of() : partners.getOrDefault(weapon.qid(), List.of());
    }

    /** The state a weapon system comes from, through its manufacturer. */
    public Actor originOf(Actor weapon) {
        if (weapon == null || !weapon.isWeapon() || weapon.homeQid() == null) {
            return null;
        }
        Actor maker = actors.get(weapon.homeQid());
        return maker == null ? null : maker.kind().isAccountable() ? maker : accountable(maker);
    }
}
