package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas and morphology for French words, from LanguageTool's French dictionary (morfologik format):
 * CoreNLP's French models tag parts of speech but have no lemmatizer. The reading is chosen by the
 * part of speech CoreNLP gave: a VERB takes the dictionary's verb reading, a NOUN its noun reading, an
 * ADJ its participle reading when there is one ("armés" → armer). Thread-safe.
 */
public final class Lemmatizer {
    private static final String DICTIONARY = "org/languagetool/resource/fr/french.dict";
    /** Lemmas taken first where a form has several of one category: « faut » is « falloir », not « faillir ». */
    private static final Set<String> PREFERRED_LEMMAS = FrenchWords.list("preferred-lemma");

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    public Lemmatizer() {
        URL url = Lemmatizer.class.getClassLoader().getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException(DICTIONARY + " is missing from the classpath (org.languagetool:french-pos-dict)");
        }
        try {
            this.dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** Sets each token's lemma (CoreNLP's LemmaAnnotation) and its {@link Morph}. */
    public void annotate(List<CoreLabel> tokens) {
        set(tokens, analyze(tokens));
    }

    /** Each token's {@link Morph}, from its word and part of speech, without setting anything on the tokens. */
    public List<Morph> analyze(List<CoreLabel> tokens) {
        List<Morph> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            out.add(analyze(t.word(), t.tag()));
        }
        return out;
    }

    /** Sets on each token the lemma and {@link Morph} {@link #analyze(List)} gave it. */
    public static void set(List<CoreLabel> tokens, List<Morph> morphs) {
        for (int i = 0; i < tokens.size(); i++) {
            Morph m = morphs.get(i);
            CoreLabel t = tokens.get(i);
            t.set(Morph.Key.class, m);
            if (m.lemma() != null) {
                t.setLemma(m.lemma());
            } else if ("PROPN".equals(t.tag())) {
                t.setLemma(t.word()); // a name the lexicon lacks (« CIJ ») is its own lemma, as rules match it
            }
        }
    }

    public Morph analyze(String written, String upos) {
        String word = written.replace('\u2019', '\'');
        List<String[]> readings = readings(word);
        if (readings.isEmpty() && !word.equals(word.toLowerCase(Locale.ROOT))) {
            readings = readings(word.toLowerCase(Locale.ROOT));
        }
        if ("VERB".equals(upos) && readings.stream().noneMatch(r -> r[1].charAt(0) == 'V')) {
            readings = participleOfAgreedForm(word, readings);
        }
        if (readings.isEmpty()) {
            return Morph.UNKNOWN;
        }
        String[] chosen = null;
        if ("ADJ".equals(upos) && readings.stream().noneMatch(r -> r[1].startsWith("V ppa"))) {
            // An adjective is read as a verb only when it is a past participle ("armés"), not "important".
            readings = readings.stream().filter(r -> r[1].charAt(0) != 'V').toList();
            if (readings.isEmpty()) {
                return Morph.UNKNOWN;
            }
        }
        for (char c : preferred(upos)) {
            for (String[] r : readings) {
                if (r[1].charAt(0) == c && (chosen == null || PREFERRED_LEMMAS.contains(r[0]))) {
                    chosen = r;
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            chosen = readings.get(0);
        }
        Morph verb = null;
        Morph participle = null;
        if (chosen[1].charAt(0) != 'V') {
            for (String[] r : readings) {
                if (verb == null && (r[1].startsWith("V ind pres 3") || r[1].startsWith("V ind impa 3"))) {
                    verb = reading(readings, r, null, null);
                }
                if (participle == null && r[1].startsWith("V ppa")) {
                    participle = reading(readings, r, null, null);
                }
            }
        }
        return reading(readings, chosen, verb, participle);
    }

    /**
     * « est demeurée »: the dictionary lists some participles in one form only (« demeuré », invariable as if it took
     * « être » only in the masculine), so the agreed form has just its adjective reading. A word tagged VERB takes
     * the participle reading of the form without its agreement endings, when there is one.
     */
    private List<String[]> participleOfAgreedForm(String word, List<String[]> readings) {
        for (String ending : new String[] {"es", "e", "s"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                List<String[]> participle = readings(word.substring(0, word.length() - ending.length())).stream()
                        .filter(r -> r[1].startsWith("V ppa")).toList();
                if (!participle.isEmpty()) {
                    return participle;
                }
            }
        }
        return readings;
    }

    /** The Morph of one lemma and category, with the features and tags of all its readings. */
    private static Morph reading(List<String[]> readings, String[] chosen, Morph verb, Morph participle) {
        Set<String> features = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (String[] r : readings) {
            if (r[0].equals(chosen[0]) && r[1].charAt(0) == chosen[1].charAt(0)) {
                String[] parts = r[1].split(" ");
                for (int i = 1; i < parts.length; i++) {
                    features.add(parts[i]);
                }
                tags.add(r[1].length() > 2 ? r[1].substring(2) : "");
            }
        }
        return new Morph(chosen[0], chosen[1].charAt(0), Set.copyOf(features), Set.copyOf(tags), verb, participle);
    }

    private List<String[]> readings(String word) {
        List<String[]> out = new ArrayList<>();
        for (WordData wd : lookup.get().lookup(word)) {
            String tag = wd.getTag() == null ? "" : wd.getTag().toString();
            if (tag.isEmpty()) {
                continue;
            }
            // The dictionary appends a frequency class letter to the last feature ("sE"): strip it.
            String[] parts = tag.split(" ");
            String last = parts[parts.length - 1];
            if (parts.length > 1 && last.length() > 1 && Character.isUpperCase(last.charAt(last.length() - 1))) {
                parts[parts.length - 1] = last.substring(0, last.length() - 1);
            }
            out.add(new String[] {wd.getStem().toString(), String.join(" ", parts)});
        }
        return out;
    }

    private static char[] preferred(String upos) {
        if (upos == null) {
            return new char[0];
        }
        return switch (upos) {
            case "VERB", "AUX" -> new char[] {'V'};
            case "NOUN" -> new char[] {'N', 'V'};
            case "ADJ" -> new char[] {'V', 'J'};
            case "PROPN" -> new char[] {'Z', 'N'};
            case "PRON" -> new char[] {'R'};
            case "DET" -> new char[] {'D'};
            case "ADV" -> new char[] {'A'};
            default -> new char[0];
        };
    }
}
