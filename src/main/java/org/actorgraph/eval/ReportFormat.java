package org.actorgraph.eval;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code kg evaluate --format}: how the evaluation is written, in UTF-8.
 * <ul>
 * <li>text: one line per relation and the micro line, as score.py prints them, then each false positive and false
 * negative with its sentences;</li>
 * <li>tsv: a header row, then one row per relation ({@code kind} = relation), the micro row, and one row per true
 * positive, false positive and false negative ({@code TP}, {@code FP}, {@code FN}); cells a row does not use are
 * empty; the sentences of a row are separated by {@code " | "};</li>
 * <li>json: one object: {@code relations}, {@code micro}, {@code truePositives}, {@code falsePositives},
 * {@code falseNegatives}.</li>
 * </ul>
 */
public enum ReportFormat {
    text, tsv, json;

    public static final List<String> TSV_COLUMNS = List.of("kind", "relation", "document", "subject", "subjectLabel",
            "object", "objectLabel", "tp", "fp", "fn", "precision", "recall", "f1", "sentences");

    public void write(Evaluation ev, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (this) {
            case text -> text(ev, new PrintWriter(w));
            case tsv -> tsv(ev, new PrintWriter(w));
            case json -> json(ev, w);
        }
        w.flush();
    }

    private static void text(Evaluation ev, PrintWriter w) {
        for (String rel : Gold.RELATIONS) {
            w.printf(Locale.ROOT, "%-18s %s%n", rel, figures(ev.score().counts(rel)));
        }
        w.printf(Locale.ROOT, "micro %s docs %d%n", figures(ev.score().micro()), ev.score().documents());
        findings(w, "false positives: found, not in the gold file", "FP", ev.falsePositives());
        findings(w, "false negatives: in the gold file, not found", "FN", ev.falseNegatives());
        w.flush();
    }

    /** {@code F1 0.86 P 0.90 R 0.82 tp 9 fp 1 fn 2}, score.py's figures. */
    private static String figures(Counts c) {
        return String.format(Locale.ROOT, "F1 %s P %s R %s tp %d fp %d fn %d", fixed(c.f1(), 2), fixed(c.precision(), 2),
                fixed(c.recall(), 2), c.tp(), c.fp(), c.fn());
    }

    private static void findings(PrintWriter w, String title, String kind, List<Finding> findings) {
        w.println();
        w.println(title + " (" + findings.size() + ")" + (findings.isEmpty() ? "" : ":"));
        for (Finding f : findings) {
            Edge e = f.edge();
            w.println(kind + "  " + e.document() + "  " + actor(e.subject(), f.subjectLabel()) + " " + e.relation() + " "
                    + actor(e.object(), f.objectLabel()));
            if (f.sentences().isEmpty()) {
                w.println("    (" + (kind.equals("FN") ? "no sentence of " + e.document() + " names both"
                        : "no event sentence in the store") + ")");
            }
            for (Sentence s : f.sentences()) {
                w.println("    " + (s.note() == null ? "" : s.note() + ": ") + "« " + s.text() + " »");
            }
        }
    }

    private static String actor(String qid, String label) {
        return label == null ? qid + " (not in the gazetteer)" : label + " (" + qid + ")";
    }

    private static void tsv(Evaluation ev, PrintWriter w) {
        w.print(String.join("\t", TSV_COLUMNS) + "\n");
        for (String rel : Gold.RELATIONS) {
            w.print(tsvCounts("relation", rel, ev.score().counts(rel)));
        }
        w.print(tsvCounts("micro", "", ev.score().micro()));
        tsvFindings(w, "TP", ev.truePositives());
        tsvFindings(w, "FP", ev.falsePositives());
        tsvFindings(w, "FN", ev.falseNegatives());
        w.flush();
    }

    private static String tsvCounts(String kind, String relation, Counts c) {
        return String.join("\t", kind, relation, "", "", "", "", "", Integer.toString(c.tp()), Integer.toString(c.fp()),
                Integer.toString(c.fn()), decimal(c.precision()), decimal(c.recall()), decimal(c.f1()), "") + "\n";
    }

    private static void tsvFindings(PrintWriter w, String kind, List<Finding> findings) {
        for (Finding f : findings) {
            Edge e = f.edge();
            String sentences = f.sentences().stream().map(s -> (s.note() == null ? "" : s.note() + ": ") + s.text())
                    .collect(Collectors.joining(" | "));
            List<String> row = List.of(kind, e.relation(), e.document(), e.subject(), nonNull(f.subjectLabel()),
                    e.object(), nonNull(f.objectLabel()), "", "", "", "", "", "", sentences);
            w.print(String.join("\t", row.stream().map(c -> c.replaceAll("[\\t\\r\\n]+", " ")).toList()) + "\n");
        }
    }

    private static void json(Evaluation ev, Writer out) throws IOException {
        JsonWriter j = new JsonWriter(out);
        j.setIndent("  ");
        j.beginObject();
        j.name("gold").value(ev.gold().file().toString());
        j.name("documents").value(ev.score().documents());
        j.name("goldRows").value(ev.gold().rows().size());
        j.name("optionalRows").value(ev.gold().optional().size());
        j.name("relations").beginArray();
        for (String rel : Gold.RELATIONS) {
            j.beginObject().name("relation").value(rel);
            jsonCounts(j, ev.score().counts(rel));
            j.endObject();
        }
        j.endArray();
        j.name("micro").beginObject();
        jsonCounts(j, ev.score().micro());
        j.endObject();
        jsonFindings(j, "truePositives", ev.truePositives());
        jsonFindings(j, "falsePositives", ev.falsePositives());
        jsonFindings(j, "falseNegatives", ev.falseNegatives());
        j.endObject();
        j.flush();
        out.write("\n");
    }

    private static void jsonCounts(JsonWriter j, Counts c) throws IOException {
        j.name("precision").value(Double.parseDouble(decimal(c.precision())));
        j.name("recall").value(Double.parseDouble(decimal(c.recall())));
        j.name("f1").value(Double.parseDouble(decimal(c.f1())));
        j.name("tp").value(c.tp()).name("fp").value(c.fp()).name("fn").value(c.fn());
    }

    private static void jsonFindings(JsonWriter j, String name, List<Finding> findings) throws IOException {
        j.name(name).beginArray();
        for (Finding f : findings) {
            Edge e = f.edge();
            j.beginObject();
            j.name("document").value(e.document());
            j.name("subject").value(e.subject()).name("subjectLabel").value(f.subjectLabel());
            j.name("relation").value(e.relation());
            j.name("object").value(e.object()).name("objectLabel").value(f.objectLabel());
            j.name("sentences").beginArray();
            for (Sentence s : f.sentences()) {
                j.beginObject().name("index").value(s.index()).name("text").value(s.text());
                if (s.note() != null) {
                    j.name("note").value(s.note());
                }
                j.endObject();
            }
            j.endArray();
            j.endObject();
        }
        j.endArray();
    }

    private static String decimal(double x) {
        return fixed(x, 4);
    }

    /** {@code x} with {@code digits} decimals, rounded as Python's format rounds (half to even, on the exact value). */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
