package org.actorgraph.cli;

import java.nio.file.Path;
import org.actorgraph.store.ShapeValidator;
import picocli.CommandLine.Option;

/** The --shapes option of the commands that validate graphs. */
public final class ShapesOption {
    @Option(names = "--shapes", paramLabel = "FILE",
            description = "Extra SHACL shapes that every document graph must also satisfy (besides ontology/shapes.ttl).")
    Path extra;

    /** The validator to use; throws StoreError naming the file when the extra shapes cannot be used. */
    public ShapeValidator validator() {
        return extra == null ? ShapeValidator.bundled() : ShapeValidator.withExtraShapes(extra);
    }
}
