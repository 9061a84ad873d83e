package org.actorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.actorgraph.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * {@code kg register}: one row per supplier, recipient and weapon across documents, as an analyst comparing with
 * SIPRI reads it; only asserted transfers; a CSV a spreadsheet opens as is; the same rows as queries/register.rq.
 */
class RegisterTest {
    @TempDir
    static Path tmp;
    /** Articles written for this test, as a JSON Lines file (id, date, text). */
    static Path store;

    @BeforeAll
    static void build() throws IOException {
        Path articles = TestFiles.articles(tmp,
                // the same transfer reported twice: ordered, then delivered
                TestFiles.article("k9-order", "2024-01-10", "La Pologne a commandé 24 obusiers K9 à la Corée du Sud en 2022."),
                TestFiles.article("k9-delivery", "2024-03-14", "La Corée du Sud a livré 24 obusiers K9 à la Pologne la semaine dernière."),
                // two reports that disagree on the number
                TestFiles.article("rafale-26", "2024-02-01", "L'Inde a commandé 26 Rafale Marine à la France."),
                TestFiles.article("rafale-24", "2024-02-02", "La France a vendu 24 Rafale Marine à l'Inde."),
                // transfers denied, supposed or feared: events with items, never register rows
                TestFiles.article("not-asserted", "2024-03-15", "Moscou dément avoir livré des missiles S-400 à l'Iran en 2023. "
                        + "Selon Kiev, la Russie pourrait livrer des drones Shahed à la Corée du Nord l'an prochain. "
                        + "Washington redoute que Pékin ne fournisse 200 drones à Moscou."));
        store = tmp.resolve("store");
        Kg.build(store, articles.toString());
    }

    /** The register's rows, by column name, from {@code kg register -f csv} (its byte-order mark removed). */
    private static List<Map<String, String>> register(Path s, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "register";
        args[1] = "--store";
        args[2] = s.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        Kg.Run r = Kg.expect(Main.OK, args);
        assertTrue(r.out().startsWith("\ufeff"), r::toString);
        return Csv.rows(r.out().substring(1));
    }

    private static List<Map<String, String>> rows(List<Map<String, String>> all, String supplier, String recipient) {
        return all.stream().filter(r -> r.get("supplier").equals(supplier) && r.get("recipient").equals(recipient)).toList();
    }

    @Test
    void twoReportsOfOneTransferAreOneRowWithBothSources() {
        List<Map<String, String>> k9 = rows(register(store), "Corée du Sud", "Pologne");
        assertEquals(1, k9.size(), k9::toString);
        Map<String, String> row = k9.get(0);
        assertEquals("K9 Thunder", row.get("weapon"));
        assertEquals("K9", row.get("designation"));
        assertEquals("obusiers", row.get("description"));
        assertEquals("Hanwha Aerospace", row.get("manufacturer"));
        assertEquals("24", row.get("number"), "both reports say 24: one number");
        assertEquals("2022", row.get("orderYear"));
        assertEquals("2024", row.get("deliveryYears"));
        assertEquals("Delivered", row.get("status"), "the latest report's status");
        assertEquals("2", row.get("documents"));
        assertEquals("2024-01-10", row.get("firstReport"));
        assertEquals("2024-03-14", row.get("lastReport"));
        assertEquals("k9-order k9-delivery", row.get("documentIds"));
    }

    @Test
    void sourcesThatDisagreeAreShownNotHidden() {
        List<Map<String, String>> rafale = rows(register(store), "France", "Inde");
        assertEquals(1, rafale.size(), rafale::toString);
        assertEquals("26 / 24", rafale.get(0).get("number"), "both numbers, in the order of the reports");
        assertEquals("Rafale Marine", rafale.get(0).get("designation"));
        assertEquals("2", rafale.get(0).get("documents"));
    }

    @Test
    void nothingComesFromANegatedHypotheticalOrFearedTransfer() {
        // The graph holds those transfers, with their items...
        List<Map<String, String>> described = Kg.select(store, """
                SELECT ?modality (COUNT(?i) AS ?items) WHERE {
                  GRAPH ?g { ?e a ag:ArmsTransfer ; ag:modality ?modality ; ag:item ?i }
                } GROUP BY ?modality ORDER BY ?modality""");
        assertEquals(List.of("https://w3id.org/actorgraph/ontology#Asserted", "https://w3id.org/actorgraph/ontology#Feared",
                "https://w3id.org/actorgraph/ontology#Hypothetical", "https://w3id.org/actorgraph/ontology#Negated"),
                described.stream().map(r -> r.get("modality")).toList(), described::toString);
        // ...and the register none of them.
        List<Map<String, String>> all = register(store);
        assertEquals(List.of("Corée du Sud>Pologne", "France>Inde"),
                all.stream().map(r -> r.get("supplier") + ">" + r.get("recipient")).toList(), all::toString);
        assertFalse(all.stream().anyMatch(r -> r.get("documentIds").contains("not-asserted")), all::toString);
    }

    @Test
    void theSeedArticleGivesTheRadarsAndTheMissilesUnderNegotiation() {
        List<Map<String, String>> seed = rows(register(DataStore.get()), "France", "Arménie").stream()
                .filter(r -> r.get("documentIds").equals("seed-armenie-france")).toList();
        Map<String, String> gm200 = seed.stream().filter(r -> "GM200".equals(r.get("designation"))).findFirst().orElseThrow(
                () -> new AssertionError("no GM200 row: " + seed));
        assertEquals("Ground Master 200", gm200.get("weapon"));
        assertEquals("radars de surveillance aérienne", gm200.get("description"));
        assertEquals("Thales", gm200.get("manufacturer"));
        assertEquals("Contracted", gm200.get("status"));
        Map<String, String> mistral = seed.stream().filter(r -> "Mistral".equals(r.get("designation"))).findFirst().orElseThrow(
                () -> new AssertionError("no Mistral row: " + seed));
        assertEquals("Negotiating", mistral.get("status"));
        assertEquals("missiles", mistral.get("description"));
        assertEquals("MBDA", mistral.get("manufacturer"));
    }

    @Test
    void theCsvOpensInASpreadsheetAsIs() throws IOException {
        Path csv = tmp.resolve("register.csv");
        Kg.Run r = Kg.expect(Main.OK, "register", "--store", DataStore.get().toString(), "--out", csv.toString());
        assertEquals("", r.out(), r::toString);
        byte[] bytes = Files.readAllBytes(csv);
        // UTF-8 with a byte-order mark, so that Excel does not read « Arménie » as windows-1252
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("Arménie") && text.contains("Égypte"), text);
        List<List<String>> records = Csv.records(text);
        assertEquals(List.of("supplier", "recipient", "designation", "description", "number", "orderYear", "deliveryYears",
                "status", "weapon", "manufacturer", "plannedDelivery", "value", "currency", "documents", "firstReport",
                "lastReport", "documentIds"), records.get(0), "a header row");
        assertTrue(records.size() > 10, text);
        assertTrue(records.stream().allMatch(rec -> rec.size() == records.get(0).size()), "every row has every column");
        assertTrue(text.lines().count() == records.size() && text.contains("\r\n"), "one line per row, CRLF");
        assertFalse(text.contains("\"\""), "no RDF quoting: an empty cell is empty");
    }

    @Test
    void explainShowsWhatEachTransferTransfers() throws IOException {
        Path article = tmp.resolve("contrat.txt");
        Files.writeString(article, "La Pologne a signé avec la Corée du Sud un contrat de 1,2 milliard d'euros pour 300 chars K2.",
                StandardCharsets.UTF_8);
        String out = Kg.expect(Main.OK, "explain", article.toString()).out();
        assertTrue(out.contains("    item    Corée du Sud -> Pologne: K2 Black Panther « K2 » (chars) number 300, Contracted"), out);
        assertTrue(out.contains("    value   Corée du Sud -> Pologne: 1200000000 EUR (« 1,2 milliard d'euros »)"), out);
    }

    @Test
    void theSameRowsAsTheQueryFileInEveryFormat() {
        String s = DataStore.get().toString();
        List<List<String>> fromQuery = Csv.records(Kg.expect(Main.OK, "query", "--store", s, "-f", "csv",
                "queries/register.rq").out());
        List<List<String>> fromRegister = Csv.records(Kg.expect(Main.OK, "register", "--store", s).out().substring(1));
        assertEquals(fromQuery, fromRegister);

        List<String> tsv = Kg.expect(Main.OK, "register", "--store", s, "-f", "tsv").out().lines().toList();
        assertEquals(fromQuery.size(), tsv.size());
        assertEquals(String.join("\t", fromQuery.get(0)), tsv.get(0));
        assertEquals(String.join("\t", fromQuery.get(3)), tsv.get(3));

        List<String> md = Kg.expect(Main.OK, "register", "--store", s, "--format", "md").out().lines().toList();
        assertEquals(fromQuery.size() + 1, md.size(), "header, rule, rows");
        assertEquals("| " + String.join(" | ", fromQuery.get(0)) + " |", md.get(0));
        assertTrue(md.get(1).matches("\\|( --- \\|)+"), md.get(1));
        assertTrue(md.stream().skip(2).allMatch(l -> l.startsWith("| ") && l.endsWith(" |")), md::toString);
    }
}
