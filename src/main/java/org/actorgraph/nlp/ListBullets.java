package org.actorgraph.nlp;

import java.util.regex.Pattern;

/**
 * The bullet that opens an item of a list (« – Un don chinois de véhicules blindés … a été suspendu », « • Moscou
 * livre … »): not part of the sentence. Left in, the parser makes the dash the root and hangs the sentence's subject
 * on it as an apposition, cut off from its verb. Blanked before parsing (same length, so offsets hold), as the
 * dateline is.
 */
public final class ListBullets {
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[-–—•▪*][ \\t]+");

    private ListBullets() {}

    /** The text with each line's opening bullet replaced by spaces; the text itself when it has none. */
    public static String blank(String text) {
        return TextBlanking.blank(text, BULLET);
    }
}
