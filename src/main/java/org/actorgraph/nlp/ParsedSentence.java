package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * One sentence as CoreNLP annotated it: its tokens (after multi-word token splitting) and its basic UD
 * dependencies. The graph is null for a sentence that was not parsed: too long to parse, or not needed because it
 * cannot hold a relation (the parse gate, {@code pipeline.ParseGate}); {@link #parse()} says which.
 */
public record ParsedSentence(int index, int begin, int end, List<CoreLabel> tokens, SemanticGraph graph, Parse parse) {

    /** Whether and why a sentence was parsed. */
    public enum Parse {
        /** Parsed: it can hold a relation, or another sentence's anaphora or frames read it. */
        PARSED,
        /** Longer than {@link FrenchPipeline#MAX_SENTENCE_TOKENS} tokens: never parsed. */
        TOO_LONG,
        /** Left unparsed (and without NER) by the parse gate: no rule could fire in it, and no other sentence reads it. */
        NOT_NEEDED
    }

    static ParsedSentence of(int index, CoreMap sentence, Parse parse) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null && graph.vertexSet().isEmpty()) {
            graph = null;
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new ParsedSentence(index, begin, end, tokens, graph, graph == null && parse == Parse.PARSED ? Parse.TOO_LONG : parse);
    }

    public boolean isParsed() {
        return graph != null;
    }

    /** The token at a 1-based index, as CoreNLP numbers them in the dependency graph. */
    public CoreLabel token(int index1) {
        return tokens.get(index1 - 1);
    }
}
