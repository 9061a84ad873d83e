package org.actorgraph.testsupport;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.ingest.Document;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.nlp.Lemmatizer;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.ParsedSentence;

/**
 * A document parsed by hand, as stage "repair parse" receives it from CoreNLP: each sentence a dependency graph in
 * {@link Conll}'s lines, the text their words as written (no space after an elided article nor before a stop or a
 * comma), each token with its offsets in that text and the NER label "O". A word whose line gives no lemma and
 * features gets the French dictionary's, as stage "annotate" gives them. No model is loaded.
 */
public final class HandParsed {
    private static final Lemmatizer DICTIONARY = new Lemmatizer();
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ")", "...");

    private HandParsed() {}

    public static AnnotatedDocument document(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<ParsedSentence> parsed = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            SemanticGraph g = Conll.parse(sentences[i], i);
            List<CoreLabel> tokens = new ArrayList<>(g.vertexListSorted().stream().map(IndexedWord::backingLabel).toList());
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            String before = null;
            for (CoreLabel t : tokens) {
                if (before != null && !before.endsWith("'") && !before.equals("(") && !NO_SPACE_BEFORE.contains(t.word())) {
                    text.append(' ');
                }
                t.setBeginPosition(text.length());
                text.append(t.word());
                t.setEndPosition(text.length());
                t.setNER("O");
                if (t.get(Morph.Key.class) == null) {
                    Lemmatizer.set(List.of(t), List.of(DICTIONARY.analyze(t.word(), t.tag())));
                }
                before = t.word();
            }
            parsed.add(new ParsedSentence(i, begin, text.length(), tokens, g, ParsedSentence.Parse.PARSED));
        }
        return new AnnotatedDocument(new Document("hand-parsed", text.toString(), null, null, null, null, "hand-parsed"),
                parsed);
    }
}
