package org.actorgraph.robustness;

import static org.actorgraph.robustness.Inputs.CALM;
import static org.actorgraph.robustness.Inputs.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, large inputs: a 50 MB file is refused in one line before it is read into memory (one article
 * is at most 2 MB), a 50 MB line of a .jsonl file is passed over without holding it, and a 20,000-word
 * paragraph without a full stop is built, its over-long sentence counted as too long to parse.
 */
class LargeInputTest {
    private static final String[] WORDS = {"le", "conseil", "a", "débattu", "du", "budget", "de", "la", "commune",
        "et", "les", "habitants", "ont", "demandé", "une", "nouvelle", "école", "pour", "leurs", "enfants", "dans",
        "quartier", "nord", "tandis", "que", "maire", "promettait", "des", "travaux", "rapides", "sur", "routes"};

    @TempDir
    Path tmp;

    /** About {@code bytes} bytes of French words, no full stop, no newline. */
    private static void writeWords(BufferedWriter out, long bytes, Random random) throws IOException {
        long written = 0;
        while (written < bytes) {
            String w = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(12) == 0 ? ", " : " ");
            out.write(w);
            written += w.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    @Test
    void aFiftyMegabyteFileIsRefusedInOneLine() throws IOException {
        Path big = tmp.resolve("in/corpus-entier.txt");
        Files.createDirectories(big.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            writeWords(out, 50L * 1024 * 1024, new Random(8));
        }
        Path store = tmp.resolve("store");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store, big.toString(), Inputs.write(tmp.resolve("in/calme.txt"), CALM).toString()));
        String line = Inputs.oneLineAbout(r, big, "too large for one article (50.0 MB; the limit is 2.0 MB)");
        assertTrue(line.contains(".jsonl"), "says how to split it: " + line);
        assertTrue(summary(r).contains("1 written, 0 unchanged (skipped), 1 failed"), r::toString);
        assertEquals(1, Kg.graphCount(store));
    }

    @Test
    void aFiftyMegabyteJsonLineIsPassedOverAndTheNextLineRead() throws IOException {
        Path jsonl = tmp.resolve("in/enorme.jsonl");
        Files.createDirectories(jsonl.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"enorme\", \"text\": \"");
            writeWords(out, 50L * 1024 * 1024, new Random(8));
            out.write("\"}\n{\"id\": \"calme\", \"text\": \"" + CALM + "\"}\n");
        }
        Path store = tmp.resolve("store");
        Kg.Run r = Kg.expect(Main.FAILED, Kg.buildArgs(store, jsonl.toString()));
        Inputs.oneLineAbout(r, jsonl, jsonl + ":1: line too large for one article (50.0 MB");
        assertTrue(summary(r).contains("1 read, 1 written, 0 unchanged (skipped), 1 failed"), r::toString);
    }

    /**
     * CoreNLP builds a flat dependency graph even for a sentence longer than depparse.maxlen, and its code
     * for that recurses once per word: 20,000 words overflow the stack. The document is refused in one
     * line and counted, and the build goes on with the next document. (A pipeline that leaves such
     * sentences unparsed, or a --max-doc-chars bound, would let it be built instead.)
     */
    @Test
    void aTwentyThousandWordParagraphWithoutFullStopsIsBuiltWithThatSentenceLeftUnparsed() throws IOException {
        Path para = tmp.resolve("in/paragraphe.txt");
        Files.createDirectories(para.getParent());
        StringBuilder text = new StringBuilder();
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ", " : " ");
        }
        Files.writeString(para, text.toString().strip() + "\n");
        Path calm = Inputs.write(tmp.resolve("in/calme.txt"), CALM);
        Path store = tmp.resolve("store");
        Kg.Run r = Kg.expect(Main.OK, "build", "--threads", "1", "--store", store.toString(), para.toString(), calm.toString());
        assertTrue(summary(r).contains("2 read, 2 written, 0 unchanged (skipped), 0 failed"), r::toString);
        assertTrue(r.out().contains("sentences: 2 (1 too long to parse"), r::toString);
        assertEquals(2, Kg.graphCount(store));
    }
}
