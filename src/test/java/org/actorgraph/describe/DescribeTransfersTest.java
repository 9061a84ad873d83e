package org.actorgraph.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorgraph.extract.MoneyValue;
import org.actorgraph.extract.Relation;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.TransferItem;
import org.actorgraph.ingest.Document;
import org.actorgraph.pipeline.DocumentPipeline;
import org.actorgraph.testsupport.SharedResources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "describe transfers" stage on sentences written for it ({@code src/test/resources/describe/transfers.tsv}):
 * quantities exact and approximate, years absolute and relative to the document's date, values and currencies,
 * an item's own status. Each row is read as a one-sentence document through the whole analysis.
 */
class DescribeTransfersTest {
    private static final DocumentPipeline PIPELINE = SharedResources.pipeline();

    @TestFactory
    Stream<DynamicTest> sentencesOfTheTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/describe/transfers.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            String date = c[0].equals("-") ? null : c[0];
            String sentence = c[1];
            Map<String, String> expected = new LinkedHashMap<>();
            for (String kv : c[2].split(";")) {
                String[] p = kv.strip().split("=", 2);
                expected.put(p[0].strip(), p[1].strip());
            }
            tests.add(DynamicTest.dynamicTest("transfers.tsv:" + (i + 1) + " " + c[2], () -> check(date, sentence, expected)));
        }
        return tests.stream();
    }

    private static void check(String date, String sentence, Map<String, String> expected) {
        RelationEvent e = firstTransfer(date, sentence);
        assertNotNull(e, () -> "no arms transfer in: " + sentence);
        List<TransferItem> items = e.details().items();
        TransferItem item = pick(items, expected);
        String where = " in: " + sentence + "\n  items: " + items + "\n  value: " + e.details().value();
        for (Map.Entry<String, String> x : expected.entrySet()) {
            String want = x.getValue().equals("-") ? null : x.getValue();
            String got = switch (x.getKey()) {
                case "weapon" -> item.weapon() == null ? null : item.weapon().label();
                case "designation" -> item.designation();
                case "description" -> item.description();
                case "quantity" -> item.quantity() == null ? null : item.quantity().toString();
                case "number" -> item.quantityText();
                case "order" -> years(item.orderYears());
                case "delivered" -> years(item.deliveryYears());
                case "planned" -> years(item.plannedDeliveryYears());
                case "status" -> item.status().name();
                case "items" -> String.valueOf(items.size());
                case "value" -> amount(e.details().value());
                case "currency" -> e.details().value() == null ? null : e.details().value().currency();
                case "valueText" -> e.details().value() == null ? null : e.details().value().text();
                default -> throw new IllegalArgumentException("unknown key " + x.getKey());
            };
            assertEquals(want, got, x.getKey() + where);
        }
    }

    static RelationEvent firstTransfer(String date, String sentence) {
        return PIPELINE.analyze(new Document("t", sentence, null, date, null, null, "test")).events().stream()
                .filter(ev -> ev.relation() == Relation.SELLS_ARMS_TO).findFirst().orElse(null);
    }

    private static TransferItem pick(List<TransferItem> items, Map<String, String> expected) {
        assertFalse(items.isEmpty(), "the transfer has no item");
        String weapon = expected.get("weapon");
        if (weapon != null && !weapon.equals("-")) {
            return items.stream().filter(i -> i.weapon() != null && i.weapon().label().equals(weapon)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item for " + weapon + ": " + items));
        }
        String description = expected.get("description");
        if (description != null && !description.equals("-")) {
            return items.stream().filter(i -> description.equals(i.description())).findFirst()
                    .orElseThrow(() -> new AssertionError("no item described " + description + ": " + items));
        }
        return items.get(0);
    }

    private static String years(List<Integer> ys) {
        return ys.isEmpty() ? null : ys.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String amount(MoneyValue v) {
        return v == null ? null : v.amount().stripTrailingZeros().toPlainString();
    }

    @Test
    void otherRelationsAreNotDescribed() {
        var events = PIPELINE.analyze(new Document("t", "Bakou accuse Paris d'armer Erevan.", null, "2024-03-15", null, null,
                "test")).events();
        assertTrue(events.stream().anyMatch(e -> e.relation() == Relation.ACCUSES), events::toString);
        events.stream().filter(e -> e.relation() != Relation.SELLS_ARMS_TO)
                .forEach(e -> assertTrue(e.details().items().isEmpty() && e.details().value() == null, e::toString));
    }

    @Test
    void theStageComesAfterLiftAndBeforeTheMapping() {
        List<String> names = PIPELINE.stages().stream().map(s -> s.name()).toList();
        assertEquals(names.indexOf("lift") + 1, names.indexOf("describe transfers"), names::toString);
        assertEquals(names.indexOf("describe transfers") + 1, names.indexOf("map to RDF"), names::toString);
    }

    @Test
    void anItemThatNamesNoSystemTakesTheOneItsDocumentNamesForTheSameMaterielAndParties() {
        String text = "La Corée du Sud a livré mardi à la Pologne 36 obusiers automoteurs K9. Ces pièces s'ajoutent aux "
                + "quelque 150 obusiers déjà livrés à la Pologne par Séoul depuis l'accord-cadre de l'été 2022.";
        var events = PIPELINE.analyze(new Document("t", text, null, "2024-03-14", null, null, "test")).events().stream()
                .filter(e -> e.relation() == Relation.SELLS_ARMS_TO).toList();
        List<TransferItem> items = events.stream().flatMap(e -> e.details().items().stream()).toList();
        assertEquals(2, items.size(), items::toString);
        assertTrue(items.stream().allMatch(i -> i.weapon() != null && i.weapon().label().equals("K9 Thunder")), items::toString);
        assertEquals(List.of("36", "quelque 150"), items.stream().map(TransferItem::quantityText).toList());
        assertEquals(List.of(2024), items.get(0).deliveryYears());
        assertEquals(List.of(2022), items.get(1).orderYears());
    }

    @Test
    void numbersInWordsAndDigits() {
        assertEquals(24, FrenchNumbers.count("vingt-quatre"));
        assertEquals(24, FrenchNumbers.count("24"));
        assertEquals(91, FrenchNumbers.count("quatre-vingt-onze"));
        assertEquals(71, FrenchNumbers.count("soixante et onze"));
        assertEquals(250, FrenchNumbers.count("deux cent cinquante"));
        assertEquals(3200, FrenchNumbers.count("trois mille deux cents"));
        assertEquals(1200, FrenchNumbers.count("1 200"));
        assertEquals(1200, FrenchNumbers.count("1.200"));
        assertEquals(new BigDecimal("1.2"), FrenchNumbers.parse("1,2"));
        assertEquals(new BigDecimal("13.3"), FrenchNumbers.parse("13,3"));
        assertEquals(null, FrenchNumbers.count("1,5"), "not a whole number of units");
        assertEquals(null, FrenchNumbers.count("premiers"));
        assertEquals(null, FrenchNumbers.parse("K9"));
    }

    @Test
    void currenciesOfTheParties() {
        assertEquals("SEK", Sums.code("SEK@Q34 NOK@Q20", java.util.Set.of("Q34", "Q212")));
        assertEquals("NOK", Sums.code("SEK@Q34 NOK@Q20", java.util.Set.of("Q20", "Q212")));
        assertEquals(null, Sums.code("SEK@Q34 NOK@Q20", java.util.Set.of("Q142", "Q212")));
        assertEquals("EUR", Sums.code("EUR", java.util.Set.of()));
    }
}
