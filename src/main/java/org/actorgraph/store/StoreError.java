package org.actorgraph.store;

/** A store that cannot be opened or written, reported to the user in one line. */
public class StoreError extends RuntimeException {
    public StoreError(String message) {
        super(message);
    }

    public StoreError(String message, Throwable cause) {
        super(message, cause);
    }
}
