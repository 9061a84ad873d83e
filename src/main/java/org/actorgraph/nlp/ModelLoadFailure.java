package org.actorgraph.nlp;

/**
 * A model loaded in the background (the dependency parser: {@link FrenchPipeline#load()}) could not be loaded: the
 * whole run stops, since every document would fail the same way.
 */
public final class ModelLoadFailure extends IllegalStateException {
    public ModelLoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
