package org.actorgraph.link;

import java.util.List;
import org.actorgraph.ingest.Document;

/**
 * A document after entity linking: its sentences with their mentions, every mention of the text, and the state the
 * whole text is about ({@link MainState}; null when none stands out).
 */
public record LinkedDocument(Document document, List<LinkedSentence> sentences, List<Mention> mentions, Actor mainState) {}
