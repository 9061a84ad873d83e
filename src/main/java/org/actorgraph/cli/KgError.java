package org.actorgraph.cli;

/**
 * What a command tells the user when it cannot go on: one line and the exit code. Commands throw it (or let
 * a domain error such as {@code StoreError} or {@code InputError} through, which exits 1), and {@link Main}
 * prints it once, as {@code kg COMMAND: MESSAGE}.
 */
public final class KgError extends RuntimeException {
    private final int exitCode;

    private KgError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Exit 1: the command could not do its job (bad input, unreadable store or file, a server's refusal). */
    public static KgError failed(String message) {
        return new KgError(Main.FAILED, message, null);
    }

    /** Exit 1, keeping the cause for the stack trace of verbose mode. */
    public static KgError failed(String message, Throwable cause) {
        return new KgError(Main.FAILED, message, cause);
    }

    /** Exit 2: the command was not used as it should be (options that do not go together, a bad query). */
    public static KgError usage(String message) {
        return new KgError(Main.USAGE, message, null);
    }

    /** Exit 2, keeping the cause. */
    public static KgError usage(String message, Throwable cause) {
        return new KgError(Main.USAGE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
