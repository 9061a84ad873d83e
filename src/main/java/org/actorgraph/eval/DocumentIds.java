package org.actorgraph.eval;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;

/**
 * The ids of the documents in the inputs, read as {@code kg build} reads them (file name without {@code .txt},
 * the JSON {@code id}), in any language: an article the build leaves out as not French is still evaluated, and
 * its gold rows count as missed, as score.py counts them. Reading them first checks the gold file before the
 * models are loaded.
 */
public final class DocumentIds {
    private DocumentIds() {}

    /** Throws the first {@link InputError}: a score over inputs that cannot all be read would mislead. */
    public static Set<String> read(List<Path> files) {
        Set<String> ids = new LinkedHashSet<>();
        InputWalker.readAnyLanguage(files, new DocumentSink() {
            @Override
            public boolean accept(Document doc) {
                ids.add(doc.id());
                return true;
            }

            @Override
            public boolean error(InputError error) {
                throw error;
            }
        });
        return ids;
    }
}
