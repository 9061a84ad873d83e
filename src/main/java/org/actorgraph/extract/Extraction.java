package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.link.LinkedDocument;

/** A document after the frames have run: the candidate relations, and per sentence what each frame did. */
public record Extraction(LinkedDocument document, List<Candidate> candidates, List<Trace> traces) {}
