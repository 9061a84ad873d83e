package org.actorgraph.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Tells whether an article is in French (Lingua, told only a few likely languages and in its low-accuracy
 * mode, which loads trigram models only). Only the beginning of a text is judged, and texts too short to
 * judge reliably are taken as French.
 */
final class LanguageCheck {
    private LanguageCheck() {}

    /** Fewer words than this are not judged: a headline or a one-line dispatch is too short to tell. */
    static final int MIN_WORDS = 25;
    /**
     * French is kept unless it is clearly behind the best language (Lingua's confidence relative to the best
     * one): French full of foreign names ("la gmina de Mniów est voisine de Łopuszno") scores above 0.9 when
     * another language edges it out, an English or German dispatch about 0.7.
     */
    static final double CLOSE_TO_BEST = 0.85;
    /** Only this many characters from the start are judged; an article does not change language. */
    static final int SAMPLE_CHARS = 2000;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(Language.FRENCH,
                Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE,
                Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE).withLowAccuracyMode().build();
    }

    /** Null when the text is French or too short to judge; otherwise why it is not taken. */
    static String notFrench(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (words(sample) < MIN_WORDS) {
            return null;
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.FRENCH
                || Holder.DETECTOR.computeLanguageConfidenceValues(sample).getOrDefault(Language.FRENCH, 0.0) >= CLOSE_TO_BEST) {
            return null;
        }
        String name = language == Language.UNKNOWN ? "no language it knows"
                : language.name().charAt(0) + language.name().substring(1).toLowerCase(Locale.ROOT);
        return "the text is not in French (it looks like " + name + "); skipped";
    }

    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || (inWord && !Character.isWhitespace(s.charAt(i)));
        }
        return n;
    }
}
