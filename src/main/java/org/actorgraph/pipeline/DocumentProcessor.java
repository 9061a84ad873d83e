package org.actorgraph.pipeline;

import java.nio.file.Path;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputError;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.rdf.DocumentGraph;
import org.actorgraph.store.ShapeValidator;
import org.apache.jena.rdf.model.Model;

/**
 * One document through every stage before the store: analysis (CoreNLP, linking, extraction), mapping to
 * its named graph, and the SHACL check. {@code kg build} and the Spark job both run this. Thread-safe.
 */
public final class DocumentProcessor {
    /** The analysed document and its graph, which conforms to the shapes. */
    public record Processed(AnalyzedDocument analyzed, Model graph) {}

    private final DocumentAnalyzer analyzer;
    private final ShapeValidator validator;
    private final DocumentGraph mapper = new DocumentGraph(Gazetteer.bundled());

    public DocumentProcessor(DocumentAnalyzer analyzer, ShapeValidator validator) {
        this.analyzer = analyzer;
        this.validator = validator;
    }

    /** Throws an InputError naming the document's file when its graph does not conform to the shapes. */
    public Processed process(Document doc, StageTimes times) {
        AnalyzedDocument a = analyzer.analyze(doc, times);
        long t = StageTimes.cpuNow();
        Model graph = mapper.map(a);
        long mapped = StageTimes.cpuNow();
        times.mapping.add(mapped - t);
        ShapeValidator.Violations violations = validator.validate(graph.getGraph());
        times.validation.add(StageTimes.cpuNow() - mapped);
        if (!violations.conform()) {
            throw new InputError(Path.of(doc.origin()), "document '" + doc.id()
                    + "' not written: its graph does not conform to ontology/shapes.ttl (" + violations.summary() + ")");
        }
        return new Processed(a, graph);
    }
}
