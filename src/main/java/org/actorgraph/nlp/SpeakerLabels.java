package org.actorgraph.nlp;

import java.util.regex.Pattern;

/**
 * The labels that open the turns of a transcript (« Question (agence de presse européenne) : », « Réponse : »,
 * « Q : », a role in capitals: « PRÉSENTATRICE : ») and the times that open the entries of a live blog
 * (« 07 h 35 - »): not part of the sentence that follows. Left in, « Question » becomes a name and the journalist's
 * outlet (« télévision japonaise ») an actor that pronouns take up, and a time the subject of the verb. They are blanked before parsing (same length,
 * so offsets hold), as the dateline is.
 */
public final class SpeakerLabels {
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*(?:" + String.join("|", FrenchWords.list("transcript-label"))
            + "|\\p{Lu}[\\p{Lu}'’. -]{5,40}"
            + ")\\b[ \\t]*(?:\\([^()\\n]{1,80}\\))?[ \\t]*[:：][ \\t]*"
            // a live blog's entry time: « 07 h 35 - », « 14h05 – »
            + "|^[ \\t]*\\d{1,2}[ \\t]*[hH:][ \\t]*\\d{2}[ \\t]*[-–—|][ \\t]*");

    private SpeakerLabels() {}

    /** The text with each turn's label replaced by spaces; the text itself when it has none. */
    public static String blank(String text) {
        return TextBlanking.blank(text, LABEL);
    }
}
