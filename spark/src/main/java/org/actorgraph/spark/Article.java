package org.actorgraph.spark;

import java.io.Serializable;
import org.actorgraph.ingest.Document;

/** A document read from the inputs, with where it stands: the first one of an id in input order wins, as in `kg build`. */
record Article(Document doc, int fileRank, long lineNo) implements Serializable {
    boolean before(Article other) {
        return fileRank != other.fileRank ? fileRank < other.fileRank : lineNo < other.lineNo;
    }
}
