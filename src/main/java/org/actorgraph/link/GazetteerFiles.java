package org.actorgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's own gazetteer files (--gazetteer): rows in the format of the bundled actors.tsv and names.tsv, each block
 * of rows under the header line of its file ({@code #qid kind label_fr label_en home} or {@code #surface qid form}).
 * Rows are checked as a whole before any is added: a row's home or actor may come later, or from another file.
 */
final class GazetteerFiles {
    private static final List<String> ACTORS_HEADER = List.of("qid", "kind", "label_fr", "label_en", "home");
    private static final List<String> NAMES_HEADER = List.of("surface", "qid", "form");
    private static final String ID = "Q[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*";

    private enum Section { actors, names }

    /** A row and where it was read. */
    private record Row(Path file, int line, String[] cells) {
        GazetteerError error(String problem) {
            return new GazetteerError(file + ":" + line + ": " + problem);
        }
    }

    private final List<Row> actorRows = new ArrayList<>();
    private final List<Row> nameRows = new ArrayList<>();

    private GazetteerFiles() {}

    static GazetteerFiles read(List<Path> files) {
        GazetteerFiles rows = new GazetteerFiles();
        for (Path f : files) {
            rows.readFile(f);
        }
        return rows;
    }

    private void readFile(Path file) {
        String[] lines = text(file).split("\r?\n|\r", -1);
        Section section = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                List<String> words = Arrays.asList(line.substring(1).strip().split("\\s+"));
                section = words.equals(ACTORS_HEADER) ? Section.actors : words.equals(NAMES_HEADER) ? Section.names : section;
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int k = 0; k < cells.length; k++) {
                cells[k] = cells[k].strip();
            }
            Row row = new Row(file, i + 1, cells);
            if (section == null) {
                throw row.error("a row before any header line: put the header of actors.tsv "
                        + "(#qid<TAB>kind<TAB>label_fr<TAB>label_en<TAB>home) or of names.tsv (#surface<TAB>qid<TAB>form) above it");
            }
            (section == Section.actors ? actorRows : nameRows).add(row);
        }
    }

    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GazetteerError(file + ": no such file or directory");
        } catch (IOException e) {
            throw new GazetteerError(file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new GazetteerError(file + ": not UTF-8 text");
        }
    }

    /** Checks every row against the gazetteer and the other rows, then adds them all; throws at the first bad row. */
    void addTo(Gazetteer g) {
        Map<String, Actor> added = new LinkedHashMap<>();
        Map<String, Row> homes = new HashMap<>();
        for (Row r : actorRows) {
            Actor a = actor(r);
            Actor known = g.actor(a.qid()) != null ? g.actor(a.qid()) : added.get(a.qid());
            if (known != null) {
                throw r.error(a.qid() + " is already in the gazetteer (" + known.label() + "); give it more names with "
                        + "rows under #surface<TAB>qid<TAB>form");
            }
            added.put(a.qid(), a);
            homes.put(a.qid(), r);
        }
        for (Actor a : added.values()) {
            if (a.homeQid() != null) {
                Actor home = g.actor(a.homeQid()) != null ? g.actor(a.homeQid()) : added.get(a.homeQid());
                checkHome(homes.get(a.qid()), a, home);
            }
        }
        Map<String, Actor> named = new HashMap<>();
        g.surfaces().forEach(s -> named.put(MentionFinder.normalize(s.text()), s.actor()));
        List<Gazetteer.Surface> surfaces = new ArrayList<>();
        for (Row r : nameRows) {
            if (r.cells().length != 3) {
                throw r.error("expected 3 tab-separated columns (surface, qid, form), found " + r.cells().length);
            }
            String text = r.cells()[0];
            String qid = r.cells()[1];
            Actor a = g.actor(qid) != null ? g.actor(qid) : added.get(qid);
            if (text.isEmpty()) {
                throw r.error("empty surface");
            }
            if (a == null) {
                throw r.error("unknown actor '" + qid + "': neither in the gazetteer nor in a row under #qid<TAB>kind<TAB>"
                        + "label_fr<TAB>label_en<TAB>home");
            }
            NameForm form = value(r, NameForm.class, r.cells()[2], "form");
            Actor other = named.putIfAbsent(MentionFinder.normalize(text), a);
            if (other != null && !other.equals(a)) {
                throw r.error("'" + text + "' already names " + other.qid() + " (" + other.label() + ")");
            }
            surfaces.add(new Gazetteer.Surface(text, a, form));
        }
        added.values().forEach(g::add);
        surfaces.forEach(g::add);
    }

    private static Actor actor(Row r) {
        String[] c = r.cells();
        if (c.length < 4 || c.length > 5) {
            throw r.error("expected 4 or 5 tab-separated columns (qid, kind, label_fr, label_en, home), found " + c.length);
        }
        if (!c[0].matches(ID)) {
            throw r.error("'" + c[0] + "' is neither a Wikidata id (Q42) nor a local id (lowercase words joined by"
                    + " hyphens: excalibur-army)");
        }
        ActorKind kind = value(r, ActorKind.class, c[1], "kind");
        if (c[2].isEmpty() || c[3].isEmpty()) {
            throw r.error("empty label: label_fr and label_en are both needed");
        }
        return new Actor(c[0], kind, c[2], c[3], c.length > 4 && !c[4].isEmpty() ? c[4] : null);
    }

    /** The kinds of home the shapes allow for an actor of a kind (none for a state or an organisation). */
    static Set<ActorKind> allowedHomes(ActorKind kind) {
        return switch (kind) {
            case State, InternationalOrganisation -> Set.of();
            case ArmedGroup -> Set.of(ActorKind.State);
            case Company, GovernmentBody, Person -> Set.of(ActorKind.State, ActorKind.InternationalOrganisation);
            case WeaponSystem -> Set.of(ActorKind.Company, ActorKind.State);
        };
    }

    /** The kinds of home the shapes allow: the state or organisation a company, body or person answers to. */
    private static void checkHome(Row r, Actor a, Actor home) {
        if (home == null) {
            throw r.error("unknown home '" + a.homeQid() + "': neither in the gazetteer nor in a row of its own");
        }
        Set<ActorKind> allowed = allowedHomes(a.kind());
        if (!allowed.contains(home.kind())) {
            throw r.error(allowed.isEmpty() ? "a " + a.kind() + " has no home: leave the home column empty"
                    : "the home of a " + a.kind() + " must be of kind " + String.join(" or ", allowed.stream().map(Enum::name)
                    .sorted().toList()) + "; " + home.qid() + " (" + home.label() + ") is a " + home.kind());
        }
    }

    private static <E extends Enum<E>> E value(Row r, Class<E> type, String text, String column) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw r.error("unknown " + column + " '" + text + "' (one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }
}
