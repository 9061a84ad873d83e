package org.actorgraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule files, one per relation ({@code rules/<relation>.frames}, bundled or from a folder given with
 * {@code --rules}). Format (the bundled files document it at their top):
 * <pre>
 * macro NAME = value                    used as ${NAME} in the lines after it
 * # comment lines; those right before a frame describe it
 * frame ID CONFIDENCE
 *     trigger verb|noun|adj LEMMA|LEMMA...
 *     match   SEMGREX                   an extra condition on the trigger, named =trigger (optional)
 *     slot    SLOT ROLE [ROLE]          subject, object, à, de, auprès de, possessor, demonym, self, object/de ...
 *     theme   none|military|required    (default: military when a slot holds the theme, else none)
 *     option  NAME                      supplier-from-weapon-origin, previous-sentence-parties, ...
 *     example FROM > TO : SENTENCE      a test: the sentence gives the relation from FROM to TO (labels)
 * </pre>
 */
public final class FrameBook {
    private static final Pattern MACRO = Pattern.compile("^macro\\s+([A-Z_][A-Z0-9_]*)\\s*=\\s*(.+)$");
    private static final Pattern FRAME = Pattern.compile("^frame\\s+(\\S+)\\s+([0-9]+(?:\\.[0-9]+)?)\\s*$");
    private static final Pattern USE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)\\}");
    private static final Pattern EXAMPLE = Pattern.compile("^(.+?)\\s+>\\s+(.+?)\\s+:\\s+(.+)$");

    private final List<Frame> frames;
    private final Map<String, List<Frame>> byLemma = new HashMap<>();

    FrameBook(List<Frame> frames) {
        this.frames = List.copyOf(frames);
        Set<String> ids = new HashSet<>();
        for (Frame f : frames) {
            if (!ids.add(f.id())) {
                throw new RuleFileError(f.source() + ": frame id used twice: " + f.id());
            }
            for (String lemma : f.lemmas()) {
                byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** A rule file that cannot be read: one line naming the file, the line and the problem. */
    public static final class RuleFileError extends RuntimeException {
        RuleFileError(String message) {
            super(message);
        }
    }

    /** The bundled rule files. */
    public static FrameBook load() {
        List<Frame> all = new ArrayList<>();
        for (Relation r : Relation.values()) {
            String res = "rules/" + r.ruleFile();
            InputStream in = FrameBook.class.getClassLoader().getResourceAsStream(res);
            if (in == null) {
                throw new IllegalStateException("missing rule file " + res);
            }
            all.addAll(parse(res, r, in));
        }
        return new FrameBook(all);
    }

    /** The rule files of a folder: one per relation, named as the bundled ones; a relation without a file has no frames. */
    public static FrameBook load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFileError(dir + ": not a folder of rule files");
        }
        List<Frame> all = new ArrayList<>();
        for (Relation r : Relation.values()) {
            Path file = dir.resolve(r.ruleFile());
            if (!Files.exists(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(parse(file.toString(), r, in));
            } catch (IOException e) {
                throw new RuleFileError(file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        if (all.isEmpty()) {
            throw new RuleFileError(dir + ": no rule file (expected one of " + List.of(Relation.values()).stream()
                    .map(Relation::ruleFile).toList() + ")");
        }
        return new FrameBook(all);
    }

    public List<Frame> frames() {
        return frames;
    }

    /** The frames a word with this lemma can trigger. */
    public List<Frame> framesFor(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** Every trigger lemma of every frame. */
    public Set<String> triggerLemmas() {
        return byLemma.keySet();
    }

    static List<Frame> parse(String source, Relation relation, InputStream in) {
        List<Frame> out = new ArrayList<>();
        Map<String, String> macros = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        Builder current = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
                if (t.isEmpty()) {
                    comments.clear();
                    continue;
                }
                if (t.startsWith("#")) {
                    if (!indented) {
                        comments.add(t.substring(1).strip());
                    }
                    continue;
                }
                String where = source + ":" + n;
                if (indented) {
                    if (current == null) {
                        throw new RuleFileError(where + ": an indented line outside a frame");
                    }
                    current.line(where, expand(where, t, macros));
                    continue;
                }
                if (current != null) {
                    out.add(current.build());
                    current = null;
                }
                Matcher m = MACRO.matcher(t);
                Matcher f = FRAME.matcher(t);
                if (m.matches()) {
                    macros.put(m.group(1), expand(where, m.group(2).strip(), macros));
                    comments.clear();
                } else if (f.matches()) {
                    current = new Builder(f.group(1), relation, Double.parseDouble(f.group(2)), String.join(" ", comments), where);
                    comments.clear();
                } else {
                    throw new RuleFileError(where + ": expected 'macro', 'frame ID CONFIDENCE' or an indented frame line");
                }
            }
            if (current != null) {
                out.add(current.build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String expand(String where, String text, Map<String, String> macros) {
        Matcher m = USE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = macros.get(m.group(1));
            if (v == null) {
                throw new RuleFileError(where + ": unknown macro " + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Collects the lines of one frame. */
    private static final class Builder {
        final String id;
        final Relation relation;
        final double confidence;
        final String description;
        final String source;
        Frame.PartOfSpeech pos;
        final Set<String> lemmas = new HashSet<>();
        SemgrexPattern match;
        final Map<String, List<Role>> slots = new LinkedHashMap<>();
        Frame.ThemeCheck theme;
        final Set<Frame.Option> options = EnumSet.noneOf(Frame.Option.class);
        final List<Frame.Example> examples = new ArrayList<>();

        Builder(String id, Relation relation, double confidence, String description, String source) {
            this.id = id;
            this.relation = relation;
            this.confidence = confidence;
            this.description = description;
            this.source = source;
        }

        void line(String where, String t) {
            String[] kv = t.split("\\s+", 2);
            String rest = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "trigger" -> {
                    String[] p = rest.split("\\s+", 2);
                    Frame.PartOfSpeech first = pos;
                    try {
                        pos = Frame.PartOfSpeech.valueOf(p[0]);
                    } catch (IllegalArgumentException e) {
                        throw new RuleFileError(where + ": trigger part of speech must be verb, noun or adj, not " + p[0]);
                    }
                    if (p.length < 2) {
                        throw new RuleFileError(where + ": trigger needs lemmas");
                    }
                    if (first != null) {
                        throw new RuleFileError(where + ": frame " + id + " has a second trigger line (one part of speech a frame)");
                    }
                    for (String l : p[1].split("\\|")) {
                        lemmas.add(l.strip());
                    }
                }
                case "match" -> {
                    try {
                        match = SemgrexPattern.compile(rest);
                    } catch (SemgrexParseException | IllegalArgumentException e) {
                        throw new RuleFileError(where + ": frame " + id + ": the match does not compile: "
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
                case "slot" -> {
                    SlotLine line = SlotLine.parse(where, rest, relation);
                    if (slots.put(line.slot(), line.roles()) != null) {
                        throw new RuleFileError(where + ": frame " + id + ": slot '" + line.slot() + "' given twice");
                    }
                }
                case "theme" -> {
                    try {
                        theme = Frame.ThemeCheck.valueOf(rest);
                    } catch (IllegalArgumentException e) {
                        throw new RuleFileError(where + ": theme must be none, military or required");
                    }
                }
                case "option" -> {
                    Frame.Option o = Frame.Option.named(rest);
                    if (o == null) {
                        throw new RuleFileError(where + ": unknown option " + rest);
                    }
                    options.add(o);
                }
                case "example" -> {
                    Matcher m = EXAMPLE.matcher(rest);
                    if (!m.matches()) {
                        throw new RuleFileError(where + ": example must be 'FROM > TO : sentence'");
                    }
                    examples.add(new Frame.Example(m.group(1).strip(), m.group(2).strip(), m.group(3).strip()));
                }
                default -> throw new RuleFileError(where + ": unknown frame line '" + kv[0] + "'");
            }
        }

        Frame build() {
            if (pos == null) {
                throw new RuleFileError(source + ": frame " + id + " has no trigger line");
            }
            boolean namesTheme = slots.values().stream().anyMatch(rs -> rs.contains(Role.theme));
            Frame.ThemeCheck check = theme != null ? theme : namesTheme ? Frame.ThemeCheck.military : Frame.ThemeCheck.none;
            return new Frame(id, relation, confidence, pos, Set.copyOf(lemmas), match, Collections.unmodifiableMap(new LinkedHashMap<>(slots)), check,
                    Set.copyOf(options), List.copyOf(examples), description, source);
        }
    }
}
