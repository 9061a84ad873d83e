package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.testsupport.Kg;
import org.actorgraph.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build} at scale: batched transactions, resuming, the document size bound, long sentences. */
class BuildScaleTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        return TestFiles.write(tmp, name, content);
    }

    /** A short document that differs from the others by its number, so each has its own text hash. */
    static String shortText(int i) {
        return "Le marché numéro " + i + " attire de nombreux habitants du quartier.";
    }

    private static long number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), () -> regex + " not found in " + out);
        return Long.parseLong(m.group(1));
    }

    @Test
    void documentsAreWrittenInBatchesAndASecondRunSkipsWhatTheStoreHolds() throws IOException {
        Path store = tmp.resolve("store");
        for (int i = 0; i < 5; i++) {
            write("in/doc-" + i + ".txt", shortText(i));
        }
        Kg.Run first = Kg.expect(Main.OK, "build", "--batch", "2", "--store", store.toString(), tmp.resolve("in").toString());
        assertTrue(first.out().contains("5 read, 5 written, 0 unchanged"), first::toString);
        // Five documents, two a transaction: at least three transactions (more if one waited 5 s).
        assertTrue(number(first.out(), "in (\\d+) transactions") >= 3, first::toString);
        assertFalse(first.out().contains("already in the store"), first::toString);

        write("in/doc-5.txt", shortText(5));
        write("in/doc-1.txt", shortText(100));
        Kg.Run second = Kg.expect(Main.OK, "build", "--batch", "2", "--store", store.toString(), tmp.resolve("in").toString());
        assertTrue(second.out().contains("6 read, 2 written, 4 unchanged"), second::toString);
        assertTrue(second.out().contains("skipped 4 already in the store"), second::toString);
        assertEquals(6, Kg.graphCount(store));
        assertEquals(1, Kg.count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d dcterms:identifier \"doc-1\" ; ag:textHash ?h }"));
    }

    @Test
    void documentsOverTheSizeBoundAreRefusedInOneLineEach() throws IOException {
        Path store = tmp.resolve("store");
        String sentence = "Il a plu toute la matinée sur la ville. ";
        Path ok = write("in/court.txt", sentence);
        Path longer = write("in/long.txt", sentence.repeat(8));     // 320 characters: read, then refused
        Path huge = write("in/enorme.txt", sentence.repeat(40));    // 1,600 characters
        Path jsonl = write("in/lignes.jsonl", "{\"id\": \"j-long\", \"text\": \"" + sentence.repeat(8) + "\"}\n"
                + "{\"id\": \"j-court\", \"text\": \"" + sentence + "\"}\n");
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--max-doc-chars", "300", "--store", store.toString(),
                ok.toString(), longer.toString(), huge.toString(), jsonl.toString());
        assertEquals(3, r.errLines().size(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.contains(longer.toString()) && l.contains("320 characters")
                && l.contains("--max-doc-chars 300")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.contains(huge.toString()) && l.contains("1,600 characters")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.contains(jsonl + ":1:") && l.contains("'j-long'")), r::toString);
        assertTrue(r.out().contains("2 written, 0 unchanged (skipped), 3 failed"), r::toString);
        assertEquals(2, Kg.graphCount(store));
    }

    @Test
    void sentencesOverTheTokenBoundAreCountedAndNotParsed() throws IOException {
        Path store = tmp.resolve("store");
        // One line, no full stop: a single sentence of far more than 250 tokens holding a sale the rules
        // would find if it were parsed; then a short sentence with the same sale.
        String padding = "et le marché du samedi , ".repeat(40);
        String longSale = "La France a vendu des radars à l'Arménie " + padding + "disent les habitants";
        Path article = write("in/long-sentence.txt", longSale + "\nLa Russie a livré des chars à la Serbie.\n");
        Kg.Run r = Kg.build(store, article.toString());
        assertTrue(r.out().contains("sentences: 2 (1 too long to parse, over 250 tokens)"), r::toString);
        assertTrue(Kg.ask(store, "ASK { ?e ag:supplier ?s ; ag:recipient ?r . ?r owl:sameAs <" + Kg.WD + "Q403> }"),
                "the short sentence is still parsed (Russia -> Serbia)");
        assertFalse(Kg.ask(store, "ASK { ?e ag:recipient ?r . ?r owl:sameAs <" + Kg.WD + "Q399> }"),
                "the long sentence must not have been parsed");
    }

    @Test
    void theSummarySaysHowManySentencesWereParsedAndParseAllWritesTheSameGraphs() throws IOException {
        Path article = write("in/gate.txt", "Le marché du samedi attire de nombreux habitants du quartier.\n"
                + "La Russie a livré des chars à la Serbie.\n");
        Path gatedStore = tmp.resolve("gated");
        Path allStore = tmp.resolve("all");
        Kg.Run gated = Kg.build(gatedStore, article.toString());
        assertTrue(gated.out().contains("parsed 1 of 2 sentences (dependency parser); 1 left out, which cannot"
                + " change the graph"), gated::toString);
        // Where the JVM's own threads can be read (Linux), the summary gives what they spent besides the analysis.
        assertTrue(!Files.isDirectory(Path.of("/proc/self/task")) || gated.out().contains("other threads: JIT compilers "),
                gated::toString);
        Kg.Run all = Kg.expect(Main.OK, "build", "--parse-all", "--store", allStore.toString(), article.toString());
        assertTrue(all.out().contains("parsed 2 of 2 sentences (dependency parser)" + System.lineSeparator()), all::toString);
        List<String> gatedQuads = quads(gatedStore);
        assertFalse(gatedQuads.isEmpty());
        assertEquals(gatedQuads, quads(allStore));
    }

    private static List<String> quads(Path store) {
        return Kg.expect(Main.OK, "export", "--store", store.toString(), "--format", "nq").out().lines().sorted().toList();
    }
}
