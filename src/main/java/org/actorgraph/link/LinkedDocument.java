package org.actorgraph.link;

import java.util.List;
import org.actorgraph.ingest.Document;

/** A document after entity linking: its sentences with their mentions, and every mention of the text. */
public record LinkedDocument(Document document, List<LinkedSentence> sentences, List<Mention> mentions) {}
