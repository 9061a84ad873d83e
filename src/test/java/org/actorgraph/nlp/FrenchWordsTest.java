package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.actorgraph.ingest.TsvRows;
import org.junit.jupiter.api.Test;

/** The French word lists live in one resource file; the code asks only for lists it has, and every list is used. */
class FrenchWordsTest {
    private static final Pattern USE = Pattern.compile("FrenchWords\\.list\\(\"([a-z-]+)\"\\)");

    @Test
    void theCodeAndTheFileNameTheSameLists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        TsvRows.bundled("nlp/french-words.tsv", 3).forEach(r -> listed.add(r.cell(0)));
        assertEquals(listed, used, "lists in nlp/french-words.tsv (each with its purpose) vs lists the code asks for");
    }

    @Test
    void listsHoldTheirWordsAndUnknownListsFail() {
        assertTrue(FrenchWords.list("owner-case").containsAll(Set.of("de", "d'", "d’", "du", "des")));
        assertTrue(FrenchWords.list("relative-pronoun").contains("auxquelles"));
        assertThrows(IllegalArgumentException.class, () -> FrenchWords.list("no-such-list"));
    }
}
