package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.ingest.Document;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.testsupport.SharedResources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every frame's {@code example} lines, as its rule file gives them: the sentence must give, through that frame, an
 * asserted event between the two labelled states (or organisations, or armed groups).
 */
class FrameExamplesTest {
    private static final DocumentPipeline PIPELINE = SharedResources.pipeline();

    @TestFactory
    Stream<DynamicTest> everyFrameReadsItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Frame f : SharedResources.get().rules().frames()) {
            for (Frame.Example x : f.examples()) {
                tests.add(DynamicTest.dynamicTest(f.id() + ": " + x.from() + " > " + x.to(), () -> {
                    AnalyzedDocument a = PIPELINE.analyze(new Document("t", x.sentence(), null, null, null, null, "test"));
                    boolean found = a.events().stream().anyMatch(e -> e.ruleId().equals(f.id()) && e.isAsserted()
                            && e.fromState().label().equals(x.from()) && e.toState().label().equals(x.to()));
                    assertTrue(found, () -> f.source() + ": " + f.id() + " does not read its example as " + x.from() + " > "
                            + x.to() + ": " + x.sentence() + "\n" + a.traces());
                }));
            }
        }
        return tests.stream();
    }
}
