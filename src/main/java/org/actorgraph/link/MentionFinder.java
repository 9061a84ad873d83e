package org.actorgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the gazetteer's surfaces in a text: longest match first, on word boundaries, case-sensitive.
 * Matching works on characters, not tokens, because CoreNLP splits some names ("GM200" into "GM 200").
 */
public final class MentionFinder {
    private final Map<String, List<Gazetteer.Surface>> byFirstWord = new HashMap<>();

    public MentionFinder(Gazetteer gazetteer) {
        for (Gazetteer.Surface s : gazetteer.surfaces()) {
            String norm = normalize(s.text());
            Gazetteer.Surface n = new Gazetteer.Surface(norm, s.actor(), s.form());
            byFirstWord.computeIfAbsent(firstWord(norm, 0), k -> new ArrayList<>()).add(n);
        }
        for (List<Gazetteer.Surface> l : byFirstWord.values()) {
            l.sort(Comparator.comparingInt((Gazetteer.Surface s) -> -s.text().length()));
        }
    }

    /** Typographic apostrophes and dashes as ASCII, so that one surface matches both spellings. Keeps length. */
    static String normalize(String s) {
        return s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('\u00A0', ' ');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String firstWord(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return s.substring(from, i);
    }

    public List<Mention> find(String text) {
        String t = normalize(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            boolean wordStart = isWordChar(t.charAt(i)) && (i == 0 || !isWordChar(t.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            Mention found = null;
            List<Gazetteer.Surface> candidates = byFirstWord.get(firstWord(t, i));
            if (candidates != null) {
                for (Gazetteer.Surface s : candidates) {
                    int end = i + s.text().length();
                    if (t.startsWith(s.text(), i) && (end == t.length() || !isWordChar(t.charAt(end)))) {
                        found = new Mention(i, end, text.substring(i, end), s.actor(), s.form());
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
