package org.actorgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.actorgraph.nlp.FrenchWords;

/**
 * Finds the gazetteer's surfaces in a text: longest match first, on word boundaries, case-sensitive.
 * Matching works on characters, not tokens, because CoreNLP splits some names ("GM200" into "GM 200").
 * A state's name written in capitals, as section headings and datelines write it (« FINLANDE. », « ALGERIE »), names
 * the state too.
 */
public final class MentionFinder {
    private static final Pattern STANCE_PREFIX = Pattern.compile("(?i)(?<![\\p{L}])(?:anti|pro)-$");
    private static final Set<String> HONORIFICS = FrenchWords.list("honorific");
    private static final Set<String> ARTICLES = FrenchWords.list("article");
    private static final Set<String> GIVEN_NAME_STATES = FrenchWords.list("given-name-state");
    private static final Set<String> TITLES = FrenchWords.list("speaking-organ");
    private static final Set<String> GEOGRAPHIC_FEATURES = FrenchWords.list("geographic-feature");
    /** The end of « golfe de », « mer du », « canal d' » before a name; the feature word is group 1. */
    private static final Pattern FEATURE_OF = Pattern.compile("(\\p{L}+) (?:de |du |d')$");
    private static final Set<String> LANGUAGE_NOUNS = FrenchWords.list("language-noun");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+) $");
    private final Map<String, List<Gazetteer.Surface>> byFirstWord = new HashMap<>();
    /** The states' surfaces by their first word without accents, lowercase: for names written in capitals. */
    private final Map<String, List<Gazetteer.Surface>> statesByFoldedFirstWord = new HashMap<>();
    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Gazetteer.Surface s : gazetteer.surfaces()) {
            String norm = normalize(s.text());
            Gazetteer.Surface n = new Gazetteer.Surface(norm, s.actor(), s.form());
            byFirstWord.computeIfAbsent(firstWord(norm, 0), k -> new ArrayList<>()).add(n);
            if (s.actor().kind() == ActorKind.State && !allCapitals(norm)) {
                statesByFoldedFirstWord.computeIfAbsent(unaccented(firstWord(norm, 0)), k -> new ArrayList<>()).add(n);
            }
        }
        Stream.concat(byFirstWord.values().stream(), statesByFoldedFirstWord.values().stream())
                .forEach(l -> l.sort(Comparator.comparingInt((Gazetteer.Surface s) -> -s.text().length())));
    }

    /** Typographic apostrophes and dashes as ASCII, so that one surface matches both spellings. Keeps length. */
    static String normalize(String s) {
        return s.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace('\u00A0', ' ');
    }

    /** The word before position i, in lower case, with its apostrophe (« l' »); empty at the start. */
    private static String wordBefore(String t, int i) {
        int end = i;
        while (end > 0 && t.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (isWordChar(t.charAt(start - 1)) || t.charAt(start - 1) == '\'' && start == end)) {
            start--;
        }
        return t.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** « ses conseillers, surnommés les « Mexicains » »: a demonym alone between quotation marks is a nickname. */
    private static boolean quotedAlone(String t, int start, int end) {
        int before = start - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < t.length() && t.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < t.length() && t.charAt(before) == '«' && t.charAt(after) == '»';
    }

    /** « une politique anti-israélienne », « des séparatistes pro-russes »: for or against a state is not the state. */
    private static boolean stancePrefixed(String t, int i) {
        return STANCE_PREFIX.matcher(t.substring(Math.max(0, i - 5), i)).find();
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

    /**
     * A weapon's variant written after its name: "MiG-29M", "T-90S", "F-16IQ", "Leopard 2A7" are the MiG-29, T-90,
     * F-16, Leopard 2. Up to four capitals and digits after a name that ends in a digit; else {@code end} itself.
     */
    private static int variantEnd(String t, String surface, int end) {
        if (!Character.isDigit(surface.charAt(surface.length() - 1))) {
            return end;
        }
        int j = end;
        while (j < t.length() && j - end < 4 && (Character.isUpperCase(t.charAt(j)) || Character.isDigit(t.charAt(j)))) {
            j++;
        }
        return j > end && (j == t.length() || !isWordChar(t.charAt(j))) ? j : end;
    }

    /**
     * « la rapporteuse Francesca Albanese » is not Anthony Albanese: a person's surname alone does not name him after
     * a capitalised given name that is not his own (nor an honorific, nor the first word of a sentence).
     */
    private static boolean otherGivenName(String t, int at, Gazetteer.Surface surface) {
        if (surface.actor().kind() != ActorKind.Person || surface.text().contains(" ") || at < 2 || t.charAt(at - 1) != ' ') {
            return false;
        }
        int from = at - 1;
        while (from > 0 && (Character.isLetter(t.charAt(from - 1)) || t.charAt(from - 1) == '-')) {
            from--;
        }
        String word = t.substring(from, at - 1);
        int before = from - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?«:\n\"".indexOf(t.charAt(before)) >= 0;
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !sentenceStart && !HONORIFICS.contains(word)
                && !TITLES.contains(word.toLowerCase(Locale.ROOT)) && !sameGivenName(word, surface.actor().label());
    }

    /**
     * « Maurice Schumann », « Maurice Couve de Murville »: a state's name that is also a given name (french-words given-name-state),
     * followed by a capitalised word, is a person's given name.
     */
    private static boolean givenName(String t, int at, Gazetteer.Surface surface) {
        int end = at + surface.text().length();
        return GIVEN_NAME_STATES.contains(surface.text()) && end + 1 < t.length() && t.charAt(end) == ' '
                && Character.isUpperCase(t.charAt(end + 1));
    }

    /** « Mikheïl » and « Mikheil », « Leonid » and « Léonid »: spellings of one given name start alike. */
    private static boolean sameGivenName(String word, String label) {
        String unaccented = unaccented(word);
        String stem = unaccented.substring(0, Math.min(3, unaccented.length()));
        return Arrays.stream(label.split("[ -]")).anyMatch(w -> unaccented(w).startsWith(stem));
    }

    /** A word without its accents, in lower case: « Léonid » and « LEONID » fold alike. */
    static String unaccented(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
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
                    if (!t.startsWith(s.text(), i) || otherGivenName(t, i, s) || givenName(t, i, s) || stancePrefixed(t, i)
                            || gazetteer.isDemonymNoun(s.text()) && !ARTICLES.contains(wordBefore(t, i))) {
                        continue;
                    }
                    if (end < t.length() && isWordChar(t.charAt(end)) && s.actor().isWeapon()) {
                        end = variantEnd(t, s.text(), end);
                    }
                    if ((end == t.length() || !isWordChar(t.charAt(end))) && !(s.form() == NameForm.demonym && quotedAlone(t, i, end))) {
                        found = new Mention(i, end, text.substring(i, end), s.actor(), s.form());
                        break;
                    }
                }
            }
            if (found == null && allCapitals(firstWord(t, i))) {
                found = inCapitals(text, t, i);
            }
            if (found != null) {
                if (!namesPlace(t, found) && !namesLanguage(t, found)) {
                    out.add(found);
                }
                i = found.end();
            } else {
                i++;
            }
        }
        return withNamesakes(out);
    }

    /** « traduction française », « en langue arabe »: a demonym on a word for a language names that language, not a state. */
    private static boolean namesLanguage(String t, Mention m) {
        if (m.form() != NameForm.demonym) {
            return false;
        }
        Matcher before = WORD_BEFORE.matcher(t.substring(Math.max(0, m.begin() - 20), m.begin()));
        return before.find() && LANGUAGE_NOUNS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    /** « le golfe de Guinée », « en mer de Chine »: a state's name after a sea or gulf names the place, not the state. */
    private static boolean namesPlace(String t, Mention m) {
        if (m.form() != NameForm.name || m.actor().kind() != ActorKind.State) {
            return false;
        }
        Matcher feature = FEATURE_OF.matcher(t.substring(Math.max(0, m.begin() - 20), m.begin()));
        return feature.find() && GEOGRAPHIC_FEATURES.contains(feature.group(1));
    }

    /**
     * A surface two actors share ("congolais") names the other one (the DR Congo) in a text that names that one by
     * its own surfaces ("Kinshasa") and the first by none of its own ("Brazzaville").
     */
    private List<Mention> withNamesakes(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Actor other = gazetteer.namesake(m.text());
            if (other != null && namedUnambiguously(mentions, other) && !namedUnambiguously(mentions, m.actor())) {
                m = new Mention(m.begin(), m.end(), m.text(), other, m.form());
            }
            out.add(m);
        }
        return out;
    }

    /** « CORÉE DU SUD », « ETATS-UNIS »: a state's surface written in capitals, with or without its accents, at i. */
    private Mention inCapitals(String text, String t, int i) {
        for (Gazetteer.Surface s : statesByFoldedFirstWord.getOrDefault(unaccented(firstWord(t, i)), List.of())) {
            int end = i + s.text().length();
            String span = end <= t.length() ? t.substring(i, end) : null;
            if (span != null && (end == t.length() || !isWordChar(t.charAt(end)))
                    && allCapitals(span) && unaccented(span).equals(unaccented(s.text()))) {
                return new Mention(i, end, text.substring(i, end), s.actor(), s.form());
            }
        }
        return null;
    }

    /** Two letters or more, none of them lowercase. */
    private static boolean allCapitals(String s) {
        return s.chars().filter(Character::isLetter).count() >= 2 && s.chars().noneMatch(Character::isLowerCase);
    }

    private boolean namedUnambiguously(List<Mention> mentions, Actor actor) {
        // « la Commission européenne … une ingérence de Bruxelles »: a body of the namesake names it too
        return mentions.stream().anyMatch(m -> (m.actor().equals(actor) || actor.equals(gazetteer.accountable(m.actor())))
                && gazetteer.namesake(m.text()) == null);
    }
}
