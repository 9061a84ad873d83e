package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rules DIR: a user's rule files take the place of the bundled ones, and a bad one stops before anything is written. */
class RulesOptionTest {
    private static final String ARTICLE = "La France a livré des radars à l'Arménie. L'Azerbaïdjan accuse la France "
            + "d'attiser le conflit.\n";

    @TempDir
    Path tmp;

    private Path bundled(Path dir, String file) throws IOException {
        try (InputStream in = RulesOptionTest.class.getClassLoader().getResourceAsStream("rules/" + file)) {
            Files.copy(in, dir.resolve(file));
        }
        return dir.resolve(file);
    }

    private String query(Path store, String rq) {
        return Kg.expect(Main.OK, "query", "--store", store.toString(), "--format", "csv", "queries/" + rq).out();
    }

    @Test
    void onlyTheRelationsWhoseRuleFilesAreGivenAreExtracted() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        bundled(rules, "accuses.frames");
        Path doc = Files.writeString(tmp.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);

        Path withBundled = tmp.resolve("bundled");
        Kg.expect(Main.OK, "build", "--store", withBundled.toString(), doc.toString());
        assertTrue(query(withBundled, "sells-arms-to.rq").contains("France,Arménie"));

        Path withMine = tmp.resolve("mine");
        Kg.expect(Main.OK, "build", "--store", withMine.toString(), "--rules", rules.toString(), doc.toString());
        assertFalse(query(withMine, "sells-arms-to.rq").contains("France,Arménie"), "no sales rules, no sale");
        assertTrue(query(withMine, "accuses.rq").contains("Azerbaïdjan"), "the accusation rules still run");
    }

    @Test
    void aBadRuleFileIsOneLineNamingItAndNothingIsWritten() throws IOException {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Path file = bundled(rules, "accuses.frames");
        Files.writeString(file, "frame A-BROKEN 0.8\n    trigger verb\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(tmp.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--store", tmp.resolve("never").toString(), "--rules", rules.toString(),
                doc.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("kg build: --rules " + file), r::toString);
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written");

        Kg.Run missing = Kg.expect(Main.FAILED, "explain", "--rules", tmp.resolve("nowhere").toString(), doc.toString());
        assertEquals(1, missing.errLines().size(), missing::toString);
        assertTrue(missing.errLines().get(0).contains("not a folder of rule files"), missing::toString);
    }
}
