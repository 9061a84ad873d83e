package org.actorgraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces what a pattern matches in a text by spaces, one for one, so that offsets into the text hold. */
final class TextBlanking {
    private TextBlanking() {}

    /** The text with each match of the pattern blanked; the text itself when there is none. */
    static String blank(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }
}
