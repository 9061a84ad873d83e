package org.actorgraph.pipeline;

import java.util.List;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.Trace;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;

/** A document after the pipeline: its sentences with mentions, and the relations found in them. */
public record AnalyzedDocument(Document document, List<LinkedSentence> sentences, List<Mention> mentions,
        List<RelationEvent> events, List<Trace> traces) {

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.parsed().tokens().size()).sum();
    }
}
