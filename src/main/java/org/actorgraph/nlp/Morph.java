package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * A word's lemma and morphological features as the French dictionary gives them for its part of speech
 * ({@link Lemmatizer}): "livrerait" is livrer with {con, pres, 3, s}; "équipait" équiper with {ind, impa, 3, s};
 * "Arménie" Arménie with {f, s}. Features of every reading of that lemma and category are kept, and the readings
 * themselves ("ind pres 3 s", "ind psim 3 s" for "fournit").
 */
public record Morph(String lemma, char category, Set<String> features, Set<String> readings, Morph verbReading,
        Morph participleReading) {
    /** The CoreNLP annotation key under which a token carries its Morph. */
    public static final class Key implements CoreAnnotation<Morph> {
        @Override
        public Class<Morph> getType() {
            return Morph.class;
        }
    }

    static final Morph UNKNOWN = new Morph(null, '?', Set.of(), Set.of(), null, null);

    /** The node's Morph; an unknown one when the sentence was not lemmatized. */
    public static Morph of(IndexedWord w) {
        Morph m = w.backingLabel().get(Key.class);
        return m == null ? UNKNOWN : m;
    }

    /** The node's lemma, lowercased; its word when the dictionary does not know it. */
    public static String lemma(IndexedWord w) {
        Morph m = of(w);
        return m.lemma != null ? m.lemma : Syntax.lower(w);
    }

    /** A token's lemma as {@link #lemma(IndexedWord)} reads it once this Morph is set on it: before parsing. */
    public String lemmaOf(String word) {
        return lemma != null ? lemma : word.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * For a word read as a noun or an adjective, its reading as a finite verb in the third person, if the dictionary
     * has one ("arme", "livre" are also "il arme", "il livre"); else null.
     */
    public Morph asVerb() {
        return verbReading;
    }

    /** For a word read as a noun, its reading as a past participle ("portées" of "porter"), if any; else null. */
    public Morph asParticiple() {
        return participleReading;
    }

    public boolean is(String feature) {
        return features.contains(feature);
    }

    public boolean conditional() {
        return is("con");
    }

    /** Whether one reading of the word has these features in this order, e.g. "ind impa" or "ind psim". */
    public boolean reads(String tag) {
        return readings.stream().anyMatch(r -> r.startsWith(tag) || r.contains(" " + tag));
    }

    /** Whether one reading is a finite indicative: present, imperfect, simple past or future. */
    public boolean finiteIndicative() {
        return reads("ind pres") || reads("ind impa") || reads("ind psim") || reads("ind futu");
    }

    /** The indicative imperfect, and not a present form too ("équipait"; not "fournissent"). */
    public boolean imperfect() {
        return reads("ind impa") && !reads("ind pres");
    }

    /** The passé simple, and not a present or a participle too ("obtint", "livra"; not "fournit", "acquis"). */
    public boolean simplePast() {
        return reads("ind psim") && !reads("ind pres") && !pastParticiple();
    }

    public boolean future() {
        return is("futu");
    }

    public boolean pastParticiple() {
        return is("ppa");
    }

    public boolean presentParticiple() {
        return is("ppr");
    }

    public boolean infinitive() {
        return is("inf");
    }

    public boolean plural() {
        return is("p") && !is("s");
    }

    public boolean feminine() {
        return is("f") && !is("m");
    }

    public boolean masculine() {
        return is("m") && !is("f");
    }
}
