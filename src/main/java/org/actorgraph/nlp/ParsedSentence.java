package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * One sentence as CoreNLP annotated it: its tokens (after multi-word token splitting) and its
 * basic UD dependencies. The graph is null for sentences too long to parse.
 */
public record ParsedSentence(int index, int begin, int end, List<CoreLabel> tokens, SemanticGraph graph) {

    static ParsedSentence of(int index, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null && graph.vertexSet().isEmpty()) {
            graph = null;
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new ParsedSentence(index, begin, end, tokens, graph);
    }

    public boolean isParsed() {
        return graph != null;
    }

    /** The token at a 1-based index, as CoreNLP numbers them in the dependency graph. */
    public CoreLabel token(int index1) {
        return tokens.get(index1 - 1);
    }
}
