package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.link.LinkedDocument;

/** Stage "extract": runs the rule book over the document's sentences and turns matches into relation events. */
public final class Extract {
    private final RelationExtractor extractor;

    public Extract(RelationExtractor extractor) {
        this.extractor = extractor;
    }

    public AnalyzedDocument apply(LinkedDocument doc) {
        List<Trace> traces = new ArrayList<>();
        List<RelationEvent> events = extractor.extract(doc.sentences(), traces);
        return new AnalyzedDocument(doc.document(), doc.sentences(), doc.mentions(), events, traces);
    }
}
