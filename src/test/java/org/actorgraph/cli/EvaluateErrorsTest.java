package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg evaluate} refuses a bad gold file, or documents it cannot read, in one line naming the file and line,
 * exit 1, before any model is loaded; bad options are exit 2.
 */
class EvaluateErrorsTest {
    static final String SEED = "data/articles/seed-armenie-france.txt";

    @TempDir
    Path tmp;

    private Path gold(String text) throws IOException {
        return Files.writeString(tmp.resolve("gold.tsv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aBadGoldFileIsOneLineWithItsLineAndExit1() throws IOException {
        String ok = "# gold\nseed-armenie-france\tQ142\tsellsArmsTo\tQ399\n";
        Path g = gold(ok + "seed-armenie-france\tQ142\tsellsArmsTo\n");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + g + ":3: expected 4 or 5 tab-separated columns (doc, Qsubject, relation,"
                + " Qobject[, optional]), found 3", "evaluate", "--gold", g.toString(), SEED);
        g = gold(ok + "seed-armenie-france\tQ142\tvend\tQ399\n");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + g + ":3: unknown relation 'vend' (expected sellsArmsTo, accuses,"
                + " armedHistorically)", "evaluate", "--gold", g.toString(), SEED);
        g = gold(ok + "armenie-bastion-france\tQ142\tsellsArmsTo\tQ399\n");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + g + ":3: document 'armenie-bastion-france' is not among the documents given",
                "evaluate", "--gold", g.toString(), SEED);
        g = gold(ok + "seed-armenie-france\tFrance\tsellsArmsTo\tQ399\n");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + g + ":3: subject 'France' is not a Wikidata id (Q followed by digits)",
                "evaluate", "--gold", g.toString(), SEED);
        Path none = tmp.resolve("none.tsv");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + none + ": no such file", "evaluate", "--gold", none.toString(), SEED);
    }

    @Test
    void documentsThatCannotBeReadAreOneLineAndExit1() throws IOException {
        Path g = gold("seed-armenie-france\tQ142\tsellsArmsTo\tQ399\n");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + empty + ": empty file", "evaluate", "--gold", g.toString(), SEED,
                empty.toString());
        Path folder = Files.createDirectories(tmp.resolve("no-articles"));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: no .txt, .jsonl or .jsonl.gz files under " + folder, "evaluate", "--gold",
                g.toString(), folder.toString());
        Path absent = tmp.resolve("absent.txt");
        Kg.expectOneErrorLine(Main.FAILED, "kg evaluate: " + absent + ": no such file or directory", "evaluate", "--gold", g.toString(),
                absent.toString());
    }

    @Test
    void badOptionsAreExit2() throws IOException {
        Path g = gold("seed-armenie-france\tQ142\tsellsArmsTo\tQ399\n");
        Kg.expectOneErrorLine(Main.USAGE, "kg evaluate: --min-f1 must be between 0 and 1, found 1.5", "evaluate", "--gold", g.toString(),
                "--min-f1", "1.5", SEED);
        Kg.Run r = Kg.expect(Main.USAGE, "evaluate", SEED);
        assertTrue(r.err().contains("--gold"), r::toString);
        r = Kg.expect(Main.USAGE, "evaluate", "--gold", g.toString(), "--format", "xlsx", SEED);
        assertTrue(r.err().contains("text, tsv, json"), r::toString);
    }
}
