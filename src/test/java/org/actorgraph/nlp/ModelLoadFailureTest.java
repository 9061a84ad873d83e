package org.actorgraph.nlp;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A parser that fails to load in the background stops the build at the first parse with one message naming the
 * parser, whichever document meets it ({@link FrenchPipeline#awaitParser()}); no model is loaded here.
 */
class ModelLoadFailureTest {
    @Test
    void aParserThatFailedToLoadIsAModelLoadFailureNamingTheParser() {
        UncheckedIOException cause = new UncheckedIOException(
                new IOException("edu/stanford/nlp/models/parser/nndep/UD_French.gz: no such file"));
        FrenchPipeline p = new FrenchPipeline(null, null, CompletableFuture.failedFuture(cause), 0);
        ModelLoadFailure e = assertThrows(ModelLoadFailure.class, p::awaitParser);
        assertTrue(e.getMessage().startsWith("CoreNLP's French dependency parser could not be loaded"), e.getMessage());
        assertTrue(e.getMessage().contains("UD_French.gz"), e.getMessage());
        assertSame(cause, e.getCause());
        // Every later parse meets the same failure, not a different one.
        assertThrows(ModelLoadFailure.class, p::awaitParser);
    }

    @Test
    void aParserStillLoadingIsWaitedFor() {
        CompletableFuture<DependencyParser> loading = new CompletableFuture<>();
        FrenchPipeline p = new FrenchPipeline(null, null, loading, 0);
        DependencyParser parser = new DependencyParser(new Properties());
        CompletableFuture.runAsync(() -> loading.complete(parser));
        assertSame(parser, p.awaitParser());
    }
}
