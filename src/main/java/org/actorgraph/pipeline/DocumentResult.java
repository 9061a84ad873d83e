package org.actorgraph.pipeline;

import java.util.function.Consumer;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.rdf.MappedDocument;
import org.apache.jena.rdf.model.Model;

/**
 * One document as an analysing thread of a build ({@link GraphBuilder}) leaves it: its graph and counts, or the reason
 * it could not be analysed, or the warning that leaves it out. Holds the graph, not CoreNLP's annotations.
 */
record DocumentResult(Document doc, Model graph, int sentences, long parsed, long tooLong, int tokens, int mentions,
        int events, long edges, InputError error, InputWarning leftOut) {

    private static final Stage<Document, InputWarning> LANGUAGE_CHECK = new Stage<>(DocumentPipeline.LANGUAGE_STAGE,
            InputWalker::notFrench);

    /** Checks the language of one document, then analyses, maps and validates it; {@code observer} sees the analysis. */
    static DocumentResult of(DocumentPipeline pipeline, StageTimes times, Document doc, Consumer<AnalyzedDocument> observer) {
        InputWarning notFrench = times.run(LANGUAGE_CHECK, doc);
        if (notFrench != null) {
            return new DocumentResult(doc, null, 0, 0, 0, 0, 0, 0, 0, null, notFrench);
        }
        try {
            MappedDocument p = pipeline.process(doc, times);
            AnalyzedDocument a = p.analyzed();
            observer.accept(a);
            return new DocumentResult(doc, p.graph(), a.sentences().size(),
                    a.sentences().stream().filter(s -> s.parsed().isParsed()).count(),
                    a.sentences().stream().filter(s -> s.parsed().parse() == ParsedSentence.Parse.TOO_LONG).count(),
                    a.tokenCount(), a.mentions().size(), a.events().size(),
                    a.events().stream().filter(e -> e.isAsserted()).count(), null, null);
        } catch (InputError e) {
            return new DocumentResult(doc, null, 0, 0, 0, 0, 0, 0, 0, e, null);
        }
    }
}
