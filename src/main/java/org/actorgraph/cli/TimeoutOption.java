package org.actorgraph.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** {@code --timeout SECONDS} of the commands that run queries ({@code query}, {@code serve}). */
public final class TimeoutOption {
    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stops a query that runs longer than this "
            + "(default: no limit).")
    double seconds;

    /** The limit in milliseconds; 0 for none. */
    long millis() {
        return Math.round(seconds * 1000);
    }

    /** The message for a query stopped by the limit. */
    String stopped() {
        return "stopped after the --timeout of " + BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString() + " s";
    }
}
