package org.actorgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputWalker;

/** One line of a JSON Lines input, with the file's rank among the inputs and the line's number in the file. */
record InputLine(int fileRank, String file, long lineNo, String text) implements Serializable {
    /** Reads the line as `kg build` does: the sink gets the document, an error or warnings. */
    void read(DocumentSink sink) {
        InputWalker.readJsonLine(Path.of(file), lineNo, text, sink);
    }
}
