package org.actorgraph.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Resources loaded on threads of their own: the result of each, with the failure it had thrown, unwrapped. */
public final class ParallelLoad {
    private ParallelLoad() {}

    /** The future's value; a loader's RuntimeException or Error is rethrown as it was thrown, not wrapped. */
    public static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
