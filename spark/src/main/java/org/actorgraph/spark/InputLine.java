package org.actorgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.JsonLines;

/**
 * One line of a JSON Lines input, with where it stands: the file's rank among the inputs and the line's
 * number in the file. The first line of the inputs with a given id wins, as in `kg build`.
 */
record InputLine(int fileRank, String file, long lineNo, String text) implements Serializable {
    /** Parsed with the same reader as `kg build`; an InputError names the file and line. */
    Document document() {
        return JsonLines.parse(Path.of(file), lineNo, text);
    }

    boolean before(InputLine other) {
        return fileRank != other.fileRank ? fileRank < other.fileRank : lineNo < other.lineNo;
    }
}
