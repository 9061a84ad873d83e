package org.actorgraph.ingest;

import java.nio.file.Path;

/**
 * Something about an input the user should know, as one line ("FILE[:LINE]: what happened"): either the
 * document was read with a repair (another encoding, HTML tags taken out), or it was left out on purpose.
 */
public record InputWarning(String message, boolean skipsDocument) {
    static InputWarning repaired(Path file, long line, String what) {
        return new InputWarning(InputError.where(file, line) + ": " + what, false);
    }

    static InputWarning skipped(String origin, String why) {
        return new InputWarning(origin + ": " + why, true);
    }
}
