package org.actorgraph.ingest;

import java.nio.file.Path;

/** A problem with the user's input, reported as one line: "FILE[:LINE]: what is wrong". */
public class InputError extends RuntimeException {
    public InputError(Path file, long line, String problem) {
        super(where(file, line) + ": " + problem);
    }

    public InputError(Path file, String problem) {
        this(file, 0, problem);
    }

    /** "FILE" or "FILE:LINE", the way every input message starts. */
    static String where(Path file, long line) {
        return file + (line > 0 ? ":" + line : "");
    }
}
