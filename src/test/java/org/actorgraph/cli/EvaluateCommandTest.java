package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.eval.ReportFormat;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg evaluate} on two bundled articles, against a gold file written from what {@code kg build} and
 * {@code kg query} give for them (the query score.py runs): every edge but one, a row the articles do not support,
 * and optional rows. The counts are those the gold file implies; the edge left out of the gold is a false positive
 * with its evidence sentence from the store, the wrong row a false negative with the document's sentences naming
 * both sides; text, tsv and json say the same; {@code --min-f1} decides the exit code.
 */
class EvaluateCommandTest {
    static final Path SEED = Path.of("data/articles/seed-armenie-france.txt");
    static final Path K9 = Path.of("data/articles/pologne-k9-coree.txt");
    static final List<String> RELATIONS = List.of("sellsArmsTo", "accuses", "armedHistorically");

    @TempDir
    static Path tmp;
    static Path gold;
    /** Edges as doc, subject, relation, object. */
    static Set<List<String>> found;
    static List<String> leftOut;
    static List<String> wrong;
    static Set<List<String>> truePositives;
    /** The sentences of the seed article's asserted arms transfers, from the store. */
    static Set<String> transferSentences;

    @BeforeAll
    static void writeGold() throws IOException {
        Path store = tmp.resolve("store");
        Kg.build(store, SEED.toString(), K9.toString());
        found = Kg.select(store, """
                SELECT DISTINCT ?doc ?s ?rel ?o WHERE {
                  GRAPH ?g { ?a ?p ?b }
                  VALUES (?p ?rel) { (ag:sellsArmsTo "sellsArmsTo") (ag:accuses "accuses")
                                     (ag:armedHistorically "armedHistorically") }
                  ?g dcterms:identifier ?doc . ?a owl:sameAs ?si . ?b owl:sameAs ?oi .
                  BIND(STRAFTER(STR(?si), "entity/") AS ?s) BIND(STRAFTER(STR(?oi), "entity/") AS ?o)
                }""").stream().map(r -> List.of(r.get("doc"), r.get("s"), r.get("rel"), r.get("o")))
                .collect(Collectors.toSet());
        transferSentences = Kg.select(store, """
                SELECT DISTINCT ?text WHERE { GRAPH ?g {
                  ?g dcterms:identifier "seed-armenie-france" .
                  ?e a ag:ArmsTransfer ; ag:modality ag:Asserted ; prov:wasDerivedFrom ?s . ?s ag:text ?text } }""")
                .stream().map(r -> r.get("text").strip().replaceAll("\\s+", " ")).collect(Collectors.toSet());
        leftOut = List.of("seed-armenie-france", "Q142", "sellsArmsTo", "Q399");
        wrong = List.of("seed-armenie-france", "Q399", "sellsArmsTo", "Q142");
        List<String> optionalFound = List.of("pologne-k9-coree", "Q884", "sellsArmsTo", "Q36");
        List<String> optionalMissing = List.of("pologne-k9-coree", "Q884", "armedHistorically", "Q36");
        assertTrue(found.contains(leftOut) && found.contains(optionalFound), () -> "the store holds " + found);
        assertFalse(found.contains(wrong) || found.contains(optionalMissing), () -> "the store holds " + found);
        assertTrue(found.size() >= 6, () -> "the store holds " + found);

        truePositives = new HashSet<>(found);
        truePositives.remove(leftOut);
        truePositives.remove(optionalFound);
        List<String> lines = new ArrayList<>(List.of("# doc\tQsubject\trelation\tQobject[\toptional]"));
        truePositives.forEach(t -> lines.add(String.join("\t", t)));
        lines.add(String.join("\t", truePositives.iterator().next()) + "   # the same row twice counts once");
        lines.add(String.join("\t", wrong));
        lines.add(String.join("\t", optionalFound) + "\toptional");
        lines.add(String.join("\t", optionalMissing) + "\toptional");
        gold = Files.write(tmp.resolve("gold.tsv"), lines, StandardCharsets.UTF_8);
    }

    static int count(Set<List<String>> edges, String relation) {
        return (int) edges.stream().filter(e -> e.get(2).equals(relation)).count();
    }

    /** tp, fp, fn of one relation (or all when null), as the gold file implies them. */
    static int[] expected(String relation) {
        int tp = relation == null ? truePositives.size() : count(truePositives, relation);
        int fp = relation == null || relation.equals(leftOut.get(2)) ? 1 : 0;
        int fn = relation == null || relation.equals(wrong.get(2)) ? 1 : 0;
        return new int[] {tp, fp, fn};
    }

    static double f1(int[] c) {
        return 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    static List<String> edge(JsonObject o) {
        return List.of(o.get("document").getAsString(), o.get("subject").getAsString(), o.get("relation").getAsString(),
                o.get("object").getAsString());
    }

    static String seedText() throws IOException {
        return Files.readString(SEED).replaceAll("\\s+", " ");
    }

    static Set<String> kgEvaluateFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kg-evaluate-")).collect(Collectors.toSet());
        }
    }

    @Test
    void jsonGivesTheCountsTheGoldImpliesAndTheSentenceOfEachError() throws IOException {
        Set<String> before = kgEvaluateFolders();
        boolean userStore = Files.exists(Path.of(StoreOption.DEFAULT));
        Path report = tmp.resolve("report.json");
        Kg.Run r = Kg.expect(Main.OK, "evaluate", "--gold", gold.toString(), "--format", "json", "--out", report.toString(),
                SEED.toString(), K9.toString());
        assertEquals("", r.out(), r::toString);
        JsonObject json = JsonParser.parseString(Files.readString(report, StandardCharsets.UTF_8)).getAsJsonObject();

        assertEquals(2, json.get("documents").getAsInt());
        assertEquals(2, json.get("optionalRows").getAsInt());
        JsonArray relations = json.getAsJsonArray("relations");
        for (int i = 0; i < RELATIONS.size(); i++) {
            JsonObject rel = relations.get(i).getAsJsonObject();
            assertEquals(RELATIONS.get(i), rel.get("relation").getAsString());
            int[] c = expected(RELATIONS.get(i));
            assertEquals(List.of(c[0], c[1], c[2]), List.of(rel.get("tp").getAsInt(), rel.get("fp").getAsInt(),
                    rel.get("fn").getAsInt()), () -> rel + "\n" + found);
        }
        JsonObject micro = json.getAsJsonObject("micro");
        int[] c = expected(null);
        assertEquals(List.of(c[0], c[1], c[2]), List.of(micro.get("tp").getAsInt(), micro.get("fp").getAsInt(),
                micro.get("fn").getAsInt()));
        assertEquals(f1(c), micro.get("f1").getAsDouble(), 1e-4);

        assertEquals(truePositives, json.getAsJsonArray("truePositives").asList().stream()
                .map(e -> edge(e.getAsJsonObject())).collect(Collectors.toSet()));

        JsonArray fps = json.getAsJsonArray("falsePositives");
        assertEquals(1, fps.size(), fps::toString);
        JsonObject fp = fps.get(0).getAsJsonObject();
        assertEquals(leftOut, edge(fp));
        assertEquals("France", fp.get("subjectLabel").getAsString());
        assertEquals("Arménie", fp.get("objectLabel").getAsString());
        Set<String> fpSentences = texts(fp);
        assertFalse(fpSentences.isEmpty(), fp::toString);
        assertTrue(transferSentences.containsAll(fpSentences), () -> fpSentences + " not among " + transferSentences);

        JsonArray fns = json.getAsJsonArray("falseNegatives");
        assertEquals(1, fns.size(), fns::toString);
        JsonObject fn = fns.get(0).getAsJsonObject();
        assertEquals(wrong, edge(fn));
        Set<String> fnSentences = texts(fn);
        String text = seedText();
        assertTrue(fnSentences.stream().allMatch(text::contains), () -> fnSentences + " are not all sentences of " + SEED);
        assertTrue(fnSentences.stream().anyMatch(s -> s.contains("la France ait équipé l’Arménie")), fnSentences::toString);

        assertEquals(before, kgEvaluateFolders(), "the temporary store is deleted");
        assertEquals(userStore, Files.exists(Path.of(StoreOption.DEFAULT)), "the default store is not touched");
    }

    private static Set<String> texts(JsonObject finding) {
        return finding.getAsJsonArray("sentences").asList().stream().map(JsonElement::getAsJsonObject)
                .map(s -> s.get("text").getAsString()).collect(Collectors.toSet());
    }

    @Test
    void tsvHoldsTheSameAndMinF1AboveTheScoreExits3() {
        Kg.Run r = Kg.expect(EvaluateCommand.BELOW_MIN_F1, "evaluate", "--gold", gold.toString(), "--format", "tsv",
                "--min-f1", "1", SEED.toString(), K9.toString());
        assertEquals(List.of(String.format(Locale.ROOT, "kg evaluate: micro F1 %.4f is below --min-f1 1.0", f1(expected(null)))),
                r.errLines(), r::toString);
        List<List<String>> rows = r.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
        assertEquals(ReportFormat.TSV_COLUMNS, rows.get(0));
        rows.forEach(row -> assertEquals(ReportFormat.TSV_COLUMNS.size(), row.size(), row::toString));
        List<Map<String, String>> records = rows.subList(1, rows.size()).stream().map(row -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(ReportFormat.TSV_COLUMNS.get(i), row.get(i));
            }
            return m;
        }).toList();
        for (String relation : RELATIONS) {
            int[] c = expected(relation);
            Map<String, String> row = records.stream().filter(m -> m.get("kind").equals("relation")
                    && m.get("relation").equals(relation)).findFirst().orElseThrow();
            assertEquals(List.of(c[0], c[1], c[2]), List.of(Integer.parseInt(row.get("tp")), Integer.parseInt(row.get("fp")),
                    Integer.parseInt(row.get("fn"))), row::toString);
        }
        Map<String, String> micro = records.stream().filter(m -> m.get("kind").equals("micro")).findFirst().orElseThrow();
        assertEquals(f1(expected(null)), Double.parseDouble(micro.get("f1")), 1e-4);
        assertEquals(truePositives, edges(records, "TP"));
        assertEquals(Set.of(leftOut), edges(records, "FP"));
        assertEquals(Set.of(wrong), edges(records, "FN"));
        Map<String, String> fn = records.stream().filter(m -> m.get("kind").equals("FN")).findFirst().orElseThrow();
        assertEquals("Arménie", fn.get("subjectLabel"));
        assertTrue(fn.get("sentences").contains("la France ait équipé l’Arménie"), fn::toString);
    }

    private static Set<List<String>> edges(List<Map<String, String>> records, String kind) {
        return records.stream().filter(m -> m.get("kind").equals(kind))
                .map(m -> List.of(m.get("document"), m.get("subject"), m.get("relation"), m.get("object")))
                .collect(Collectors.toSet());
    }

    @Test
    void textPrintsScorePyLinesThenEachErrorWithItsSentence_andAMinF1AtTheScoreExits0() throws IOException {
        int[] all = expected(null);
        Kg.Run r = Kg.expect(Main.OK, "evaluate", "--gold", gold.toString(), "--min-f1", Double.toString(f1(all)),
                SEED.toString(), K9.toString());
        List<String> lines = r.out().lines().toList();
        for (int i = 0; i < RELATIONS.size(); i++) {
            int[] c = expected(RELATIONS.get(i));
            assertTrue(lines.get(i).matches(String.format(Locale.ROOT,
                    "%-18s F1 \\d\\.\\d\\d P \\d\\.\\d\\d R \\d\\.\\d\\d tp %d fp %d fn %d", RELATIONS.get(i), c[0], c[1], c[2])),
                    lines.get(i));
        }
        assertEquals(String.format(Locale.ROOT, "micro F1 %.2f P %.2f R %.2f tp %d fp 1 fn 1 docs 2", f1(all),
                all[0] / (all[0] + 1.0), all[0] / (all[0] + 1.0), all[0]), lines.get(3));
        int fp = lines.indexOf("FP  seed-armenie-france  France (Q142) sellsArmsTo Arménie (Q399)");
        int fn = lines.indexOf("FN  seed-armenie-france  Arménie (Q399) sellsArmsTo France (Q142)");
        assertTrue(3 < fp && fp < fn, r::toString);
        assertTrue(lines.get(fp + 1).startsWith("    « "), r::toString);
        String text = seedText();
        List<String> fnSentences = lines.subList(fn + 1, lines.size()).stream().takeWhile(l -> l.startsWith("    "))
                .map(l -> l.replaceFirst("^    (found as \\w+: )?« (.*) »$", "$2")).toList();
        assertFalse(fnSentences.isEmpty(), r::toString);
        assertTrue(fnSentences.stream().allMatch(text::contains), () -> fnSentences + "\n" + r);
    }
}
