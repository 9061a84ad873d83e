package org.actorgraph.eval;

import java.util.List;

/**
 * One judged edge with what an analyst needs to check it: the labels of its two sides (null for an actor the
 * gazetteer does not know) and its sentences: for an edge the store holds, the sentences of the events behind
 * it; for a missed one, the sentences of its document that name both sides (noted when the extractor found an
 * event there that makes no edge).
 */
public record Finding(Edge edge, String subjectLabel, String objectLabel, List<Sentence> sentences) {}
