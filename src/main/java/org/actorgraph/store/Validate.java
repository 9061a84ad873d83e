package org.actorgraph.store;

import java.nio.file.Path;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputError;
import org.actorgraph.rdf.MappedDocument;

/** Stage "validate": a document's graph must conform to the SHACL shapes, or it is refused and not written. */
public final class Validate {
    private final ShapeValidator validator;

    public Validate(ShapeValidator validator) {
        this.validator = validator;
    }

    public MappedDocument apply(MappedDocument mapped) {
        ShapeValidator.Violations violations = validator.validate(mapped.graph().getGraph());
        if (!violations.conform()) {
            Document doc = mapped.analyzed().document();
            throw new InputError(Path.of(doc.origin()), "document '" + doc.id()
                    + "' not written: its graph does not conform to ontology/shapes.ttl (" + violations.summary() + ")");
        }
        return mapped;
    }
}
