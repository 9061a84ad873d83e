package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.extract.Trace;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWalker;
import org.actorgraph.ingest.InputWarning;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.store.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows, sentence by sentence, the entities found and each rule that fired or was blocked, and why.",
                "Reads the same inputs as build; writes nothing to the store."})
public final class ExplainCommand extends KgCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles (.txt, .jsonl, .jsonl.gz) or folders.")
    List<Path> paths = new ArrayList<>();

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<Path> files = InputWalker.resolve(paths);
        DocumentPipeline analyzer = new DocumentPipeline(main.resources(), ShapeValidator.bundled(),
                DocumentPipeline.DEFAULT_MAX_DOC_CHARS);
        int[] failed = {0};
        InputWalker.read(files, new DocumentSink() {
            @Override
            public boolean accept(Document doc) {
                print(out, analyzer.analyze(doc));
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

    static void print(PrintWriter out, AnalyzedDocument a) {
        out.println("== " + a.document().id());
        for (int i = 0; i < a.sentences().size(); i++) {
            LinkedSentence s = a.sentences().get(i);
            String text = a.document().text().substring(s.parsed().begin(), s.parsed().end());
            out.println();
            out.println("[" + i + "] " + text);
            for (Mention m : s.mentions()) {
                int tok = s.firstTokenOf(m);
                out.printf("    entity  %-28s %s %s (%s, %s; CoreNLP NER %s)%n", "\"" + m.text() + "\"",
                        m.actor().qid(), m.actor().label(), m.actor().kind(), m.form(), tok > 0 ? s.corenlpNer(tok) : "-");
            }
            Trace t = a.traces().get(i);
            for (Trace.Entry e : t.entries()) {
                out.printf("    rule    %-26s %-12s %s -> %s: %s%n", e.ruleId(), "'" + e.trigger() + "'", e.from(), e.to(),
                        e.outcome());
            }
        }
        out.println();
    }
}
