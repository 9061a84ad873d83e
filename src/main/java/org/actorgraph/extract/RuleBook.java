package org.actorgraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rule files (resources/rules/*.semgrex), one per relation. Format:
 * <pre>
 * # comment lines; those right before a rule describe it
 * macro NAME = value            (used as ${NAME} in later patterns)
 * rule R-ID [confidence]
 *     semgrex pattern, on one or more indented lines
 * </pre>
 */
public final class RuleBook {
    private static final Pattern MACRO = Pattern.compile("^macro\\s+([A-Z_][A-Z0-9_]*)\\s*=\\s*(.+)$");
    private static final Pattern RULE = Pattern.compile("^rule\\s+(\\S+)(?:\\s+([0-9.]+))?((?:\\s+[a-z]+=[a-z]+)*)\\s*$");
    private static final Pattern USE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)\\}");

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the bundled rule files; callers keep and share the instance. */
    public static RuleBook load() {
        List<Rule> all = new ArrayList<>();
        for (Relation r : Relation.values()) {
            String res = "rules/" + r.ruleFile();
            InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(res);
            if (in == null) {
                throw new IllegalStateException("missing rule file " + res);
            }
            all.addAll(parse(res, r, in));
        }
        checkUniqueIds(all);
        return new RuleBook(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    static void checkUniqueIds(List<Rule> rules) {
        Set<String> seen = new HashSet<>();
        for (Rule r : rules) {
            if (!seen.add(r.id())) {
                throw new IllegalStateException("rule id used twice: " + r.id());
            }
        }
    }

    public static List<Rule> parse(String source, Relation relation, InputStream in) {
        List<Rule> out = new ArrayList<>();
        Map<String, String> macros = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        String id = null;
        double confidence = 0.8;
        String options = "";
        String description = "";
        StringBuilder pattern = new StringBuilder();
        int ruleLine = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while (true) {
                line = r.readLine();
                n++;
                boolean continuation = line != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))
                        && !line.strip().startsWith("#");
                if (id != null && !continuation) {
                    out.add(compile(source, ruleLine, relation, id, description, expand(source, ruleLine,
                            pattern.toString(), macros), confidence, options));
                    id = null;
                }
                if (line == null) {
                    break;
                }
                String t = line.strip();
                if (continuation) {
                    pattern.append(' ').append(t);
                } else if (t.isEmpty()) {
                    comments.clear();
                } else if (t.startsWith("#")) {
                    comments.add(t.substring(1).strip());
                } else if (MACRO.matcher(t).matches()) {
                    Matcher m = MACRO.matcher(t);
                    m.matches();
                    macros.put(m.group(1), expand(source, n, m.group(2).strip(), macros));
                    comments.clear();
                } else if (RULE.matcher(t).matches()) {
                    Matcher m = RULE.matcher(t);
                    m.matches();
                    id = m.group(1);
                    confidence = m.group(2) == null ? 0.8 : Double.parseDouble(m.group(2));
                    options = m.group(3) == null ? "" : m.group(3).strip();
                    description = String.join(" ", comments);
                    comments.clear();
                    pattern.setLength(0);
                    ruleLine = n;
                } else {
                    throw new IllegalStateException(source + ":" + n + ": expected 'macro', 'rule' or an indented pattern line");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String expand(String source, int line, String text, Map<String, String> macros) {
        Matcher m = USE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = macros.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException(source + ":" + line + ": unknown macro " + m.group(1));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Rule compile(String source, int line, Relation relation, String id, String description,
            String pattern, double confidence, String options) {
        Rule.SubjectRole subject = Rule.SubjectRole.from;
        boolean orient = false;
        for (String opt : options.isEmpty() ? new String[0] : options.split("\\s+")) {
            String[] kv = opt.split("=", 2);
            switch (kv[0]) {
                case "subject" -> subject = Rule.SubjectRole.valueOf(kv[1]);
                case "orient" -> orient = kv[1].equals("weapon");
                default -> throw new IllegalStateException(source + ":" + line + ": unknown rule option " + opt);
            }
        }
        try {
            SemgrexPattern p = SemgrexPattern.compile(pattern.strip());
            return new Rule(id, relation, description, p, confidence, subject, orient, source + ":" + line);
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw new IllegalStateException(source + ":" + line + ": rule " + id + " does not compile: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
