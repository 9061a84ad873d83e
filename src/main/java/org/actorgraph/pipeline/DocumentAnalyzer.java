package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.RelationExtractor;
import org.actorgraph.extract.Trace;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Discourse;
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
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;

    public DocumentAnalyzer(FrenchPipeline nlp, Gazetteer gazetteer, RelationExtractor extractor) {
        this.nlp = nlp;
        this.mentions = new MentionFinder(gazetteer);
        this.extractor = extractor;
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
    }

    public static DocumentAnalyzer bundled() {
        return new DocumentAnalyzer(FrenchPipeline.shared(), Gazetteer.bundled(), RelationExtractor.bundled());
    }

    public AnalyzedDocument analyze(Document doc) {
        return analyze(doc, new StageTimes());
    }

    /** Analyses one document, adding the (CPU) time CoreNLP took and the time linking and extraction took. */
    public AnalyzedDocument analyze(Document doc, StageTimes times) {
        long t0 = StageTimes.cpuNow();
        List<ParsedSentence> parsed = nlp.parse(doc.text());
        long t1 = StageTimes.cpuNow();
        times.annotation.add(t1 - t0);
        List<Mention> found = mentions.find(doc.text());
        List<LinkedSentence> sentences = new ArrayList<>(parsed.size());
        Discourse discourse = new Discourse();
        for (ParsedSentence p : parsed) {
            LinkedSentence s = new LinkedSentence(p, found, discourse);
            sentences.add(s);
            discourse.record(s, gazetteer, resolver);
        }
        List<Trace> traces = new ArrayList<>();
        List<RelationEvent> events = extractor.extract(sentences, traces);
        times.linkingExtraction.add(StageTimes.cpuNow() - t1);
        return new AnalyzedDocument(doc, sentences, found, events, traces);
    }
}
