package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.rdf.MappedDocument;
import org.actorgraph.store.ShapeValidator;
import org.actorgraph.testsupport.SharedResources;
import org.apache.jena.rdf.model.Model;

/** For the parse gate's tests: documents built with and without the gate, their graphs compared. */
final class GateComparison {
    private GateComparison() {}

    static DocumentPipeline pipeline(DocumentPipeline.Parsing parsing) {
        return new DocumentPipeline(SharedResources.get(), ShapeValidator.bundled(), DocumentPipeline.DEFAULT_MAX_DOC_CHARS,
                parsing);
    }

    static List<Document> read(Path... inputs) {
        // An article left out (not in French) is left out in both builds.
        return InputWalker.readAll(InputWalker.resolve(List.of(inputs)), e -> {
            throw e;
        }, w -> { });
    }

    /** Builds every document with and without the gate and compares the graphs; returns sentences parsed, of all. */
    static long[] assertSameGraphs(List<Document> docs) {
        DocumentPipeline gated = pipeline(DocumentPipeline.Parsing.GATED);
        DocumentPipeline all = pipeline(DocumentPipeline.Parsing.ALL);
        long parsed = 0;
        long sentences = 0;
        List<String> different = new ArrayList<>();
        for (Document doc : docs) {
            MappedDocument g = gated.process(doc, new StageTimes());
            MappedDocument a = all.process(doc, new StageTimes());
            if (!same(g.graph(), a.graph())) {
                different.add(doc.id() + " (" + g.graph().size() + " quads gated, " + a.graph().size() + " parsing all)");
            }
            parsed += g.analyzed().sentences().stream().filter(s -> s.parsed().isParsed()).count();
            sentences += g.analyzed().sentences().size();
        }
        assertTrue(different.isEmpty(), "graphs differ with and without the parse gate: " + different);
        return new long[] {parsed, sentences};
    }

    private static boolean same(Model a, Model b) {
        return a.size() == b.size() && a.isIsomorphicWith(b);
    }

}
