package org.actorgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists the extractor consults (resources/rules/cues.tsv): which nouns are military materiel,
 * which words negate, cancel or hedge a transfer, which mark a long-standing supply, and so on.
 * Each line is {@code CLASS<TAB>regex}; a regex matches whole words of a lowercased phrase.
 */
public final class Cues {
    public enum Kind {
        /** A noun or adjective that makes a phrase military materiel ("chars", "missiles", "militaire"). */
        military,
        negated,
        cancelled,
        negotiating,
        hypothetical,
        feared,
        /** Marks a long-standing supply ("depuis des décennies", "historiquement"). */
        historical,
        /** Trigger words whose transfer is delivered, or contracted. */
        delivered,
        contracted,
        /** Verbs of saying, whose subject asserts what they govern. */
        speech,
        /** Verbs whose object, not subject, controls an infinitive ("accuser X de livrer"). */
        objectControl,
        /** Verbs whose subject is the seller of the sale they govern ("approuver la vente à Taipei"). */
        sellerByApproval,
        /** Verbs whose subject is the accuser of the thing they govern; none implies a seller. */
        blocksSellerInheritance
    }

    private final Map<Kind, List<Pattern>> patterns = new EnumMap<>(Kind.class);

    /** Reads the bundled cue list; callers keep and share the instance. */
    public static Cues load() {
        InputStream in = Cues.class.getClassLoader().getResourceAsStream("rules/cues.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource rules/cues.tsv");
        }
        return read(in);
    }

    static Cues read(InputStream in) {
        Cues cues = new Cues();
        for (Kind k : Kind.values()) {
            cues.patterns.put(k, new ArrayList<>());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException("rules/cues.tsv:" + n + ": expected CLASS<TAB>regex");
                }
                Kind kind = Kind.valueOf(cols[0].strip());
                cues.patterns.get(kind).add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + cols[1].strip() + ")(?![\\p{L}\\p{N}])"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cues;
    }

    /** Whether a single word is of the kind. */
    public boolean isWord(Kind kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns.get(kind)) {
            if (p.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first cue of the kind found in a phrase, or null. */
    public String find(Kind kind, String phrase) {
        String t = phrase.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns.get(kind)) {
            var m = p.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }
}
