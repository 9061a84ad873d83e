package org.actorgraph.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.actorgraph.describe.DescribeTransfers;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.Extract;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.Lift;
import org.actorgraph.extract.Qualify;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.InputError;
import org.actorgraph.link.LinkedDocument;
import org.actorgraph.link.Link;
import org.actorgraph.link.ResolveDiscourse;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.nlp.Annotate;
import org.actorgraph.nlp.ModelLoadFailure;
import org.actorgraph.nlp.Parse;
import org.actorgraph.nlp.ParsePlan;
import org.actorgraph.nlp.RepairParse;
import org.actorgraph.nlp.TaggedDocument;
import org.actorgraph.rdf.MapToRdf;
import org.actorgraph.rdf.MappedDocument;
import org.actorgraph.store.ShapeValidator;
import org.actorgraph.store.Validate;

/**
 * The stages of {@code kg build}, named and wired in order. The reading thread runs the first two
 * ({@link #READ_STAGES}, in {@code ingest}); the worker threads check the language ({@link #LANGUAGE_STAGE}) and run
 * the analysis of one document ({@link #process}); the writing thread runs the last ({@link #WRITE_STAGE},
 * {@code store.KgStore}).
 * The Spark job runs the same {@link #process}. Thread-safe.
 */
public final class DocumentPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);
    /**
     * Documents longer than this (in UTF-16 characters, as Java counts them) are refused unless
     * {@code --max-doc-chars} says otherwise: 1,000,000 characters is about 150,000 words, some 200 times
     * a long news article. CoreNLP holds a document whole while it annotates it, so this bounds its memory.
     */
    public static final int DEFAULT_MAX_DOC_CHARS = 1_000_000;
    /** Stages of the reading thread: {@code ingest.InputWalker} reads and decodes. */
    public static final List<String> READ_STAGES = List.of("read", "decode");
    /** The language check ({@code ingest.LanguageCheck}), run by {@code kg build} on the worker threads before analysis. */
    public static final String LANGUAGE_STAGE = "check language";
    /** The stage of the writing thread: batches of graphs in TDB2 write transactions. */
    public static final String WRITE_STAGE = "write";

    private final Stage<Document, TaggedDocument> annotate;
    private final Stage<TaggedDocument, ParsePlan> parseGate;
    private final Stage<ParsePlan, AnnotatedDocument> parse;
    private final Stage<AnnotatedDocument, AnnotatedDocument> repairParse;
    private final Stage<AnnotatedDocument, LinkedDocument> link;
    private final Stage<LinkedDocument, LinkedDocument> resolveDiscourse;
    private final Stage<LinkedDocument, Extraction> extract;
    private final Stage<Extraction, Extraction> qualify;
    private final Stage<Extraction, AnalyzedDocument> lift;
    private final Stage<AnalyzedDocument, AnalyzedDocument> describeTransfers;
    private final Stage<AnalyzedDocument, MappedDocument> mapToRdf;
    private final Stage<MappedDocument, MappedDocument> validate;
    private final int maxDocChars;

    /** Which sentences go through CoreNLP's dependency parser. */
    public enum Parsing {
        /** Those that can change the graph ({@link ParseGate}): what {@code kg build} does. */
        GATED,
        /** Every sentence ({@code kg build --parse-all}): the same graphs, slower. */
        ALL
    }

    /** Documents longer than {@code maxDocChars} characters are refused before analysis; the parse gate decides what is parsed. */
    public DocumentPipeline(Resources r, ShapeValidator shapes, int maxDocChars) {
        this(r, shapes, maxDocChars, Parsing.GATED);
    }

    public DocumentPipeline(Resources r, ShapeValidator shapes, int maxDocChars, Parsing parsing) {
        this(r, shapes, maxDocChars, parsing == Parsing.ALL ? ParseGate::all
                : new ParseGate(r.rules(), r.cues(), r.gazetteer())::apply);
    }

    /** With the sentences the parser runs on chosen by {@code gate} (tests). */
    DocumentPipeline(Resources r, ShapeValidator shapes, int maxDocChars, Function<TaggedDocument, ParsePlan> gate) {
        this.annotate = new Stage<>("annotate", new Annotate(r.nlp(), r.lemmatizer())::apply);
        this.parseGate = new Stage<>("parse gate", gate);
        this.parse = new Stage<>("parse", new Parse(r.nlp())::apply);
        this.repairParse = new Stage<>("repair parse", new RepairParse()::apply);
        this.link = new Stage<>("link", new Link(r.gazetteer())::apply);
        this.resolveDiscourse = new Stage<>("resolve discourse", new ResolveDiscourse(r.gazetteer())::apply);
        this.extract = new Stage<>("extract", new Extract(r.rules(), r.cues(), r.gazetteer())::apply);
        this.qualify = new Stage<>("qualify", new Qualify(r.cues(), r.gazetteer())::apply);
        this.lift = new Stage<>("lift", new Lift(r.gazetteer())::apply);
        DescribeTransfers describe = new DescribeTransfers(r.time(), r.cues());
        // HeidelTime may still be loading; waiting here, a failure to load it stops the build (inside, it would only
        // cost the document its years).
        this.describeTransfers = new Stage<>("describe transfers", a -> {
            r.time().awaitLoaded();
            return describe.apply(a);
        });
        this.mapToRdf = new Stage<>("map to RDF", new MapToRdf(r.gazetteer())::apply);
        this.validate = new Stage<>("validate", new Validate(shapes)::apply);
        this.maxDocChars = maxDocChars;
    }

    /** The analysis stages of one document, in the order they run. */
    public List<Stage<?, ?>> stages() {
        return List.of(annotate, parseGate, parse, repairParse, link, resolveDiscourse, extract, qualify, lift,
                describeTransfers, mapToRdf, validate);
    }

    /** Every stage of a build, from reading to writing. */
    public List<String> buildStageNames() {
        List<String> names = new java.util.ArrayList<>(READ_STAGES);
        names.add(LANGUAGE_STAGE);
        stages().forEach(s -> names.add(s.name()));
        names.add(WRITE_STAGE);
        return names;
    }

    /** The document up to its relation events and what they transfer. */
    public AnalyzedDocument analyze(Document doc) {
        return explain(doc).analyzed();
    }

    /** What {@code kg explain} shows of a document: why each sentence was parsed or not, and its analysis. */
    public record Explanation(List<String> parsing, AnalyzedDocument analyzed) {}

    public Explanation explain(Document doc) {
        return explain(doc, new StageTimes());
    }

    private Explanation explain(Document doc, StageTimes t) {
        ParsePlan plan = t.run(parseGate, t.run(annotate, doc));
        AnnotatedDocument annotated = t.run(repairParse, t.run(parse, plan));
        LinkedDocument linked = t.run(resolveDiscourse, t.run(link, annotated));
        return new Explanation(plan.why(), t.run(describeTransfers, t.run(lift, t.run(qualify, t.run(extract, linked)))));
    }

    /**
     * Every analysis stage of one document, with the guards that make a bad document one {@link InputError}
     * naming its file: the size bound, a graph that does not conform to the shapes, and a failure of CoreNLP.
     */
    public MappedDocument process(Document doc, StageTimes times) {
        if (doc.text().length() > maxDocChars) {
            throw new InputError(Path.of(doc.origin()), String.format(Locale.ROOT, "document '%s' has %,d characters,"
                    + " more than --max-doc-chars %,d; split it or raise the bound", doc.id(), doc.text().length(),
                    maxDocChars));
        }
        try {
            return times.run(validate, times.run(mapToRdf, explain(doc, times).analyzed()));
        } catch (InputError | ModelLoadFailure e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            // CoreNLP's lexers throw java.lang.Error on input they cannot match, and its dependency code
            // recurses once per word, even on a sentence longer than the parser's bound.
            // the one-line error names the document; its stack trace is for verbose mode (or the DEBUG log level)
            if (Boolean.getBoolean("actorgraph.verbose")) {
                LOG.warn("analysis of document '{}' failed", doc.id(), e);
            } else {
                LOG.debug("analysis of document '{}' failed", doc.id(), e);
            }
            String why = e instanceof StackOverflowError ? ": a sentence is too long for the parser (thousands of"
                    + " words without a full stop); split it into sentences" : " (" + e + ")";
            throw new InputError(Path.of(doc.origin()), "cannot analyse document '" + doc.id() + "'" + why);
        }
    }
}
