package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;

/** A document after relation extraction: its sentences with mentions, and the relations found in them. */
public record AnalyzedDocument(Document document, List<LinkedSentence> sentences, List<Mention> mentions,
        List<RelationEvent> events, List<Trace> traces) {

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.parsed().tokens().size()).sum();
    }
}
