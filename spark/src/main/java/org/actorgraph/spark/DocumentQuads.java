package org.actorgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.actorgraph.ingest.Document;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.Resources;
import org.actorgraph.pipeline.StageTimes;
import org.actorgraph.rdf.Iris;
import org.actorgraph.store.ShapeValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * What `kg build` does to one document, up to the store ({@link DocumentPipeline#process}: every analysis
 * stage and its guards, from CoreNLP to the SHACL check); the graph comes out as N-Quads lines. One instance
 * per executor JVM (it holds the JVM's one CoreNLP pipeline), shared by all its tasks.
 */
final class DocumentQuads {
    private static volatile DocumentQuads shared;

    private final DocumentPipeline processor = new DocumentPipeline(Resources.load(), ShapeValidator.bundled(),
            DocumentPipeline.DEFAULT_MAX_DOC_CHARS);

    static DocumentQuads shared() {
        if (shared == null) {
            synchronized (DocumentQuads.class) {
                if (shared == null) {
                    shared = new DocumentQuads();
                }
            }
        }
        return shared;
    }

    /** The document's graph as N-Quads lines; throws an InputError naming the file when it does not conform. */
    List<String> quads(Document doc) {
        Model model = processor.process(doc, new StageTimes()).graph();
        Node graph = NodeFactory.createURI(Iris.document(doc.id()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        model.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
