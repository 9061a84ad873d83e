package org.actorgraph.nlp;

import java.util.List;
import org.actorgraph.ingest.Document;

/** A document after CoreNLP: its sentences with tokens, part-of-speech and NER tags, and dependency graphs. */
public record AnnotatedDocument(Document document, List<ParsedSentence> sentences) {}
