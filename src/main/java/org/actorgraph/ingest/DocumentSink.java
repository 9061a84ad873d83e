package org.actorgraph.ingest;

/** Where readers send what they read. */
public interface DocumentSink {
    /** Takes one document; returns false to stop reading. */
    boolean accept(Document doc);

    /** Told of an input that could not be read as a document; returns false to stop reading. */
    boolean error(InputError error);

    /** Told of a document read with a repair, or left out on purpose; reading goes on. */
    default void warning(InputWarning warning) {}
}
