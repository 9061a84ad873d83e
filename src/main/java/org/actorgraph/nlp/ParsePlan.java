package org.actorgraph.nlp;

import java.util.BitSet;
import java.util.List;

/**
 * A tagged document and the sentences the dependency parser is to run on (stage "parse gate"), with one line a
 * sentence saying why it is parsed or not (what {@code kg explain} shows).
 */
public record ParsePlan(TaggedDocument document, BitSet parse, List<String> why) {}
