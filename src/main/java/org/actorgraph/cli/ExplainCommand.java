package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.extract.MoneyValue;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.Trace;
import org.actorgraph.extract.TransferItem;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.store.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows, sentence by sentence, the entities found, each rule that fired or was blocked, and why, and "
                + "what each arms transfer transfers (items, numbers, years, value).",
                "Reads the same inputs as build; writes nothing to the store."})
public final class ExplainCommand extends KgCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles (.txt, .jsonl, .jsonl.gz) or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--parse-all", description = "Parse every sentence, as kg build --parse-all does (default: the"
            + " sentences kg build parses; each sentence says whether it was parsed and why).")
    boolean parseAll;

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    RulesOption rules;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<Path> files = InputWalker.resolve(paths);
        RulesOption.Loaded userRules = rules.load();
        DocumentPipeline analyzer = new DocumentPipeline(RulesOption.Loaded.apply(userRules,
                GazetteerOption.resources(main, gazetteer.load())), ShapeValidator.bundled(),
                DocumentPipeline.DEFAULT_MAX_DOC_CHARS, parseAll ? DocumentPipeline.Parsing.ALL
                        : DocumentPipeline.Parsing.GATED);
        int[] failed = {0};
        InputWalker.read(files, new DocumentSink() {
            @Override
            public boolean accept(Document doc) {
                DocumentPipeline.Explanation e = analyzer.explain(doc);
                print(out, e.analyzed(), e.parsing());
                return true;
            }

            @Override
            public boolean error(InputError e) {
                failed[0]++;
                report(e.getMessage());
                return true;
            }

            @Override
            public void warning(InputWarning w) {
                warn(w.message());
            }
        });
        out.flush();
        return failed[0] > 0 ? Main.FAILED : Main.OK;
    }

    /** Prints each sentence's entities and rules, and whether the sentence was parsed and why. */
    static void print(PrintWriter out, AnalyzedDocument a, List<String> parsing) {
        out.println("== " + a.document().id());
        for (int i = 0; i < a.sentences().size(); i++) {
            LinkedSentence s = a.sentences().get(i);
            String text = a.document().text().substring(s.parsed().begin(), s.parsed().end());
            out.println();
            out.println("[" + i + "] " + text);
            out.printf("    parse   %s%n", parsing.get(i));
            for (Mention m : s.mentions()) {
                int tok = s.firstTokenOf(m);
                out.printf("    entity  %-28s %s %s (%s, %s; CoreNLP NER %s)%n", "\"" + m.text() + "\"",
                        m.actor().qid(), m.actor().label(), m.actor().kind(), m.form(), tok > 0 ? s.corenlpNer(tok) : "-");
            }
            if (s.parsed().parse() == ParsedSentence.Parse.NOT_NEEDED) {
                // Its trace would only say that it was not parsed; the parse line above says why.
                continue;
            }
            Trace t = a.traces().get(i);
            for (Trace.Entry e : t.entries()) {
                out.printf("    rule    %-26s %-12s %s -> %s: %s%n", e.ruleId(), "'" + e.trigger() + "'", e.from(), e.to(),
                        e.outcome());
            }
            for (RelationEvent e : a.events()) {
                if (e.sentenceIndex() != s.parsed().index()) {
                    continue;
                }
                for (TransferItem it : e.details().items()) {
                    out.printf("    item    %s -> %s: %s%n", e.fromState().label(), e.toState().label(), describe(it));
                }
                MoneyValue v = e.details().value();
                if (v != null) {
                    out.printf("    value   %s -> %s: %s %s (« %s »)%n", e.fromState().label(), e.toState().label(),
                            v.amount().stripTrailingZeros().toPlainString(), v.currency() == null ? "?" : v.currency(), v.text());
                }
            }
        }
        out.println();
    }

    /** « K9 Thunder « K9 » (obusiers automoteurs) number 36, Delivered, ordered 2022, delivered 2024 ». */
    private static String describe(TransferItem it) {
        StringBuilder b = new StringBuilder(it.weapon() != null ? it.weapon().label() : "-");
        if (it.designation() != null) {
            b.append(" « ").append(it.designation()).append(" »");
        }
        if (it.description() != null) {
            b.append(" (").append(it.description()).append(')');
        }
        if (it.quantityText() != null) {
            b.append(" number ").append(it.quantityText());
        }
        b.append(", ").append(it.status());
        if (!it.orderYears().isEmpty()) {
            b.append(", ordered ").append(it.orderYears());
        }
        if (!it.deliveryYears().isEmpty()) {
            b.append(", delivered ").append(it.deliveryYears());
        }
        if (!it.plannedDeliveryYears().isEmpty()) {
            b.append(", delivery planned ").append(it.plannedDeliveryYears());
        }
        return b.toString();
    }
}
