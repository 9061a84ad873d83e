package org.actorgraph.link;

/** A user's gazetteer file (--gazetteer) that cannot be used: the message names the file, the line and the problem. */
public final class GazetteerError extends RuntimeException {
    public GazetteerError(String message) {
        super(message);
    }
}
