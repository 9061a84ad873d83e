package org.actorgraph.testsupport;

import java.util.List;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedDocument;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.pipeline.Resources;
import org.actorgraph.pipeline.Stage;

/**
 * The stages that follow CoreNLP's parser, from "repair parse" to "lift", as {@link DocumentPipeline} wires them, over
 * the bundled gazetteer, rules and cues. No model is loaded: the resources only the other stages read (CoreNLP, the
 * dictionary, HeidelTime) are left out, and those stages never run.
 */
public final class AfterParser {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final List<Stage<?, ?>> STAGES = new DocumentPipeline(new Resources(null, null, GAZETTEER,
            FrameBook.load(), Cues.load(), null), null, DocumentPipeline.DEFAULT_MAX_DOC_CHARS).stages();

    private AfterParser() {}

    public static Gazetteer gazetteer() {
        return GAZETTEER;
    }

    /** The relation events of a parsed document, before their transfers are described. */
    public static AnalyzedDocument analyze(AnnotatedDocument doc) {
        return (AnalyzedDocument) run(doc, "repair parse", "lift");
    }

    /** A parsed document with its actors linked and its anaphora resolved. */
    public static LinkedDocument link(AnnotatedDocument doc) {
        return (LinkedDocument) run(doc, "repair parse", "resolve discourse");
    }

    @SuppressWarnings("unchecked")
    private static Object run(Object input, String first, String last) {
        List<String> names = STAGES.stream().map(Stage::name).toList();
        Object out = input;
        for (Stage<?, ?> s : STAGES.subList(names.indexOf(first), names.indexOf(last) + 1)) {
            out = ((Stage<Object, Object>) s).apply(out);
        }
        return out;
    }
}
