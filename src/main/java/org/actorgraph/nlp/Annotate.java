package org.actorgraph.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.actorgraph.ingest.Dateline;
import org.actorgraph.ingest.Document;

/**
 * Stage "annotate": runs the shared CoreNLP French pipeline over a document (its dateline left out) and gives each
 * token its lemma and morphology ({@link Lemmatizer}), which CoreNLP's French models lack. The document is tagged
 * whole; a {@link Selector} then chooses the sentences NER and the dependency parser run on (the parse gate of
 * {@code kg build}, or {@link #ALL}).
 */
public final class Annotate {
    /** Which sentences of a tagged document NER and the parser run on. */
    public record Selection(BitSet ner, BitSet parse) {}

    /** Chooses, for one document, the sentences NER and the parser run on. Thread-safe. */
    @FunctionalInterface
    public interface Selector {
        Selection select(Document doc, List<TaggedSentence> sentences);
    }

    /** Every sentence through NER and the parser: CoreNLP's whole pipeline, as before the parse gate. */
    public static final Selector ALL = (doc, sentences) -> {
        BitSet all = new BitSet();
        all.set(0, sentences.size());
        return new Selection(all, all);
    };

    private final FrenchPipeline nlp;
    private final Lemmatizer lemmatizer;
    private final Selector selector;

    public Annotate(FrenchPipeline nlp, Lemmatizer lemmatizer) {
        this(nlp, lemmatizer, ALL);
    }

    public Annotate(FrenchPipeline nlp, Lemmatizer lemmatizer, Selector selector) {
        this.nlp = nlp;
        this.lemmatizer = lemmatizer;
        this.selector = selector;
    }

    public AnnotatedDocument apply(Document doc) {
        // Left in, the dateline becomes part of the first sentence, its city the subject; blanked, offsets hold.
        FrenchPipeline.Tagged t = nlp.tag(Dateline.blank(doc.text()));
        List<TaggedSentence> tagged = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            tagged.add(new TaggedSentence(i, t.begin(i), t.end(i), t.tokens(i), lemmatizer.analyze(t.tokens(i))));
        }
        Selection chosen = selector.select(doc, tagged);
        List<ParsedSentence> sentences = nlp.complete(t, chosen.ner(), chosen.parse());
        // The lemmas go on the tokens after NER and the parser, as they always did: neither sees them.
        for (TaggedSentence s : tagged) {
            Lemmatizer.set(s.tokens(), s.morphs());
        }
        return new AnnotatedDocument(doc, sentences);
    }
}
