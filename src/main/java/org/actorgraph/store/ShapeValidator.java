package org.actorgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates one document's graph against the SHACL shapes of {@code ontology/shapes.ttl} (shipped in the
 * jar), and optionally a user's own shapes besides. The shapes are parsed once; validation is thread-safe.
 */
public final class ShapeValidator {
    private static final String SHAPES = "/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator for the shapes that ship with ActorGraph (parsed anew: callers keep the instance). */
    public static ShapeValidator bundled() {
        return new ShapeValidator(Shapes.parse(readShapes()));
    }

    /** The bundled shapes and, in addition, the user's own (Turtle or any RDF syntax Jena reads). */
    public static ShapeValidator withExtraShapes(Path file) {
        Graph g = readShapes();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(g);
            return new ShapeValidator(Shapes.parse(g));
        } catch (RiotException | ShaclParseException e) {
            throw new StoreError(file + ": not usable as SHACL shapes (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new StoreError(file + ": cannot read the shapes (" + e.getMessage() + ")", e);
        }
    }

    private static Graph readShapes() {
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What validation found in one graph: nothing when it conforms. */
    public record Violations(List<String> messages) {
        public boolean conform() {
            return messages.isEmpty();
        }

        /** One line: the number of violations and the first one. */
        public String summary() {
            return messages.size() + " SHACL violation" + (messages.size() == 1 ? "" : "s")
                    + (messages.isEmpty() ? "" : ", first: " + messages.get(0));
        }
    }

    public Violations validate(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return new Violations(report.getEntries().stream().map(ShapeValidator::describe).toList());
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " value " + brief(e.value());
        return brief(e.focusNode()) + path + value + ": " + e.message();
    }

    private static String brief(Node n) {
        String s = n.isURI() ? "<" + n.getURI() + ">" : n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
