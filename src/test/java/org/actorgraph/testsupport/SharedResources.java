package org.actorgraph.testsupport;

import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.Resources;
import org.actorgraph.store.ShapeValidator;

/**
 * One set of models, gazetteer and rules for the whole test suite (loading CoreNLP takes about 10 s),
 * shared by the tests that analyse documents directly and by the command line run in this JVM ({@link Kg}).
 */
public final class SharedResources {
    private static Resources resources;
    private static DocumentPipeline pipeline;

    private SharedResources() {}

    public static synchronized Resources get() {
        if (resources == null) {
            resources = Resources.load();
        }
        return resources;
    }

    /** The analysis pipeline over the shared resources, with the bundled shapes and the default size bound. */
    public static synchronized DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new DocumentPipeline(get(), ShapeValidator.bundled(), DocumentPipeline.DEFAULT_MAX_DOC_CHARS);
        }
        return pipeline;
    }
}
