package org.actorgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.testsupport.Kg;

/** Texts and files for the robustness tests, and the checks every failing run must pass. */
final class Inputs {
    private Inputs() {}

    /** Short French texts with no relation in them: CoreNLP parses them quickly. */
    static final String CALM = "Il a plu toute la matinée sur la ville, puis le soleil est revenu.";
    static final String MARKET = "Le marché du samedi attire de nombreux habitants du quartier.";
    /** A French paragraph long enough for the language check to judge it. */
    static final String FRENCH_PARAGRAPH = "Le conseil municipal s'est réuni mardi soir pour débattre du budget de"
            + " l'année prochaine. Les élus ont longuement discuté de la rénovation de l'école primaire, de l'entretien"
            + " des routes communales et de la création d'une nouvelle bibliothèque dans le centre du village. Le maire"
            + " a promis que les impôts locaux n'augmenteraient pas.";
    /** The same kind of paragraph in English: the language check must leave it out. */
    static final String ENGLISH_PARAGRAPH = "The town council met on Tuesday evening to discuss the budget for next"
            + " year. Councillors spent a long time on the renovation of the primary school, the upkeep of local roads"
            + " and the opening of a new library in the centre of the village. The mayor promised that local taxes"
            + " would not go up.";

    static Path write(Path file, String content) throws IOException {
        return write(file, content, StandardCharsets.UTF_8);
    }

    static Path write(Path file, String content, Charset cs) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content.getBytes(cs));
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    /** The lines a run wrote to stderr that name a file, each checked to be a single line naming it. */
    static List<String> linesAbout(Kg.Run r, Path file) {
        return r.errLines().stream().filter(l -> l.contains(file.toString())).toList();
    }

    /** Exactly one stderr line names the file, it says what is wrong, and nothing printed a stack trace. */
    static String oneLineAbout(Kg.Run r, Path file, String problem) {
        List<String> lines = linesAbout(r, file);
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).contains(problem), () -> "expected '" + problem + "' in: " + r);
        Kg.assertNoStackTrace(r);
        return lines.get(0);
    }

    static String summary(Kg.Run r) {
        return r.out().lines().filter(l -> l.startsWith("documents:")).findFirst().orElse("(no summary) " + r);
    }
}
