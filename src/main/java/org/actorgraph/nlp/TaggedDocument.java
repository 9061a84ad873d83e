package org.actorgraph.nlp;

import java.util.List;
import org.actorgraph.ingest.Document;

/**
 * A document after stage "annotate": tokenized, tagged and labelled by NER whole, each token's lemma and morphology
 * read ({@link TaggedSentence#morphs()}, set on the tokens after the parse), not parsed yet.
 */
public record TaggedDocument(Document document, FrenchPipeline.Tagged tagged, List<TaggedSentence> sentences) {}
