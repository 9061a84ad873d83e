package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.RelationExtractor;
import org.actorgraph.extract.Trace;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.MentionFinder;
import org.actorgraph.nlp.FrenchPipeline;
import org.actorgraph.nlp.ParsedSentence;

/** Takes one document through the stages: CoreNLP, entity linking, relation extraction. Thread-safe. */
public final class DocumentAnalyzer {
    private final FrenchPipeline nlp;
    private final MentionFinder mentions;
    private final RelationExtractor extractor;

    public DocumentAnalyzer(FrenchPipeline nlp, Gazetteer gazetteer, RelationExtractor extractor) {
        this.nlp = nlp;
        this.mentions = new MentionFinder(gazetteer);
        this.extractor = extractor;
    }

    public static DocumentAnalyzer bundled() {
        return new DocumentAnalyzer(FrenchPipeline.shared(), Gazetteer.bundled(), RelationExtractor.bundled());
    }

    public AnalyzedDocument analyze(Document doc) {
        List<ParsedSentence> parsed = nlp.parse(doc.text());
        List<Mention> found = mentions.find(doc.text());
        List<LinkedSentence> sentences = new ArrayList<>(parsed.size());
        for (ParsedSentence p : parsed) {
            sentences.add(new LinkedSentence(p, found));
        }
        List<Trace> traces = new ArrayList<>();
        List<RelationEvent> events = extractor.extract(sentences, traces);
        return new AnalyzedDocument(doc, sentences, found, events, traces);
    }
}
