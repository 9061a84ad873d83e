package org.actorgraph.rdf;

import org.actorgraph.extract.AnalyzedDocument;
import org.apache.jena.rdf.model.Model;

/** An analysed document and its named graph. */
public record MappedDocument(AnalyzedDocument analyzed, Model graph) {}
