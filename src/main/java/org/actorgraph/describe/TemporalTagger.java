package org.actorgraph.describe;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreLabel;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.actorgraph.nlp.ModelLoadFailure;
import org.actorgraph.nlp.ParsedSentence;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

/**
 * Temporal expressions of French news, found and normalised by HeidelTime 2.2.1 (news style: relative expressions
 * are resolved against the document's date). HeidelTime's UIMA annotator is run directly on the sentences and tokens
 * CoreNLP made, with their parts of speech and tenses in TreeTagger's tag set ({@link TreeTaggerTags}): no
 * TreeTagger, no second tokenizer. An annotator keeps per-document state in its fields, so each thread has its own
 * (with its own CAS); the rules they share are loaded once, at once ({@link #load()}) or in the background
 * ({@link #loadInBackground}), and then the first tagging waits for them. Thread-safe.
 */
public final class TemporalTagger {
    private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

    /** HeidelTime's type system, complete once its French rules are loaded too. */
    private final CompletableFuture<TypeSystemDescription> typeSystem;
    private final ThreadLocal<Engine> engine = ThreadLocal.withInitial(() -> newEngine(awaitLoaded()));

    private record Engine(HeidelTime annotator, JCas jcas) {}

    private TemporalTagger(CompletableFuture<TypeSystemDescription> typeSystem) {
        this.typeSystem = typeSystem;
    }

    /** Loads HeidelTime's French rules (about 2.5 s of CPU, once per JVM). */
    public static TemporalTagger load() {
        return new TemporalTagger(CompletableFuture.completedFuture(prepare()));
    }

    /** Returns at once, HeidelTime's French rules loading on {@code executor}; the first tagging waits for them. */
    public static TemporalTagger loadInBackground(Executor executor) {
        return new TemporalTagger(CompletableFuture.supplyAsync(TemporalTagger::prepare, executor));
    }

    /**
     * Waits until HeidelTime's rules are loaded. A failure to load them is a {@link ModelLoadFailure}, which stops a
     * build (the caller should wait here before tagging, where a failure costs one document its years).
     */
    public TypeSystemDescription awaitLoaded() {
        try {
            return typeSystem.join();
        } catch (CompletionException e) {
            throw new ModelLoadFailure("HeidelTime could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    /** Reads the type system and loads the rules that every annotator shares, by making a first annotator. */
    private static TypeSystemDescription prepare() {
        URL url = HeidelTime.class.getClassLoader().getResource(TYPE_SYSTEM);
        if (url == null) {
            throw new IllegalStateException(TYPE_SYSTEM + " is missing from the classpath (com.github.heideltime:heideltime)");
        }
        TypeSystemDescription typeSystem;
        try {
            typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read HeidelTime's type system: " + e.getMessage(), e);
        }
        newEngine(typeSystem);
        return typeSystem;
    }

    private static Engine newEngine(TypeSystemDescription typeSystem) {
        HeidelTime annotator = HeidelTimeSetup.create(() -> {
            try {
                HeidelTime h = new HeidelTime();
                h.initialize(new UimaContextImpl(Language.FRENCH, DocumentType.NEWS, false));
                return h;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start HeidelTime: " + e.getMessage(), e);
            }
        });
        try {
            return new Engine(annotator, CasCreationUtils.createCas(typeSystem, null, null).getJCas());
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a CAS for HeidelTime: " + e.getMessage(), e);
        }
    }

    /**
     * The temporal expressions of some sentences of a document, in text order, with offsets in {@code text}.
     * {@code dct} is the document's date, or null: without it only expressions that name their year, and durations,
     * are kept (« en 2019 », « trois ans », not « l'été dernier »).
     */
    public List<Timex> tag(String text, List<ParsedSentence> sentences, LocalDate dct) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Engine e = engine.get();
        JCas jcas = e.jcas();
        jcas.reset();
        jcas.setDocumentText(text);
        if (dct != null) {
            Dct d = new Dct(jcas);
            d.setValue(dct.toString());
            d.addToIndexes();
        }
        int sentenceId = 0;
        int tokenId = 0;
        for (ParsedSentence s : sentences) {
            List<CoreLabel> tokens = s.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            Sentence hs = new Sentence(jcas, tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
            hs.setSentenceId(sentenceId);
            hs.addToIndexes();
            String[] tags = TreeTaggerTags.of(tokens);
            int lastBegin = -1;
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                // CoreNLP splits « du » into « de le » and « aux » into « à les », each part with the offsets of the
                // whole word: HeidelTime gets one token per stretch of text.
                if (t.beginPosition() == lastBegin) {
                    continue;
                }
                lastBegin = t.beginPosition();
                Token ht = new Token(jcas, t.beginPosition(), t.endPosition());
                ht.setPos(tags[i]);
                ht.setSentId(sentenceId);
                ht.setTokenId(tokenId++);
                ht.addToIndexes();
            }
            sentenceId++;
        }
        e.annotator().process(jcas);
        List<Timex> out = new ArrayList<>();
        FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
        while (it.hasNext()) {
            Timex3 t = (Timex3) it.next();
            String rule = t.getFoundByRule() == null ? "" : t.getFoundByRule();
            Timex x = new Timex(t.getBegin(), t.getEnd(), t.getCoveredText(), t.getTimexType(), t.getTimexValue(),
                    rule.endsWith("-explicit"), rule);
            if (dct != null || x.explicit() || "DURATION".equals(x.type())) {
                out.add(x);
            }
        }
        return out;
    }
}
