package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule file that cannot be used is one line naming the file, the line and the problem. */
class RuleFileErrorsTest {
    /** A frame that reads, which each bad line below is added to. */
    private static final String GOOD = """
            macro GIVE = livrer|vendre
            frame T-GIVE 0.9
                trigger verb ${GIVE}
                slot    subject supplier
                slot    à recipient
            """;

    @TempDir
    Path tmp;

    /** The one-line message of the error of reading a folder with this file. */
    private String error(String file, String content) throws IOException {
        Files.writeString(tmp.resolve(file), content, StandardCharsets.UTF_8);
        String message = assertThrows(FrameBook.RuleFileError.class, () -> {
            FrameBook.load(tmp);
            Cues.load(tmp);
        }).getMessage();
        assertEquals(1, message.lines().count(), message);
        return message;
    }

    static Stream<Arguments> badFrameLines() {
        return Stream.of(
                Arguments.of("    option  supplier-from-nowhere", "unknown option supplier-from-nowhere"),
                Arguments.of("    slto    object theme", "unknown frame line 'slto'"),
                Arguments.of("    slot    object thme", "slot needs a name and roles"),
                Arguments.of("    slot    subject accuser", "role accuser is not a party of sellsArmsTo"),
                Arguments.of("    trigger verbe livrer", "trigger part of speech must be verb, noun or adj, not verbe"),
                Arguments.of("    trigger noun", "trigger needs lemmas"),
                Arguments.of("    trigger noun livraison", "frame T-GIVE has a second trigger line"),
                Arguments.of("    slot    subjet supplier", "unknown slot place 'subjet'"),
                Arguments.of("    slot    object/dde theme", "unknown slot place 'dde'"),
                Arguments.of("    slot    à theme", "frame T-GIVE: slot 'à' given twice"),
                Arguments.of("    theme   militaire", "theme must be none, military or required"),
                Arguments.of("    example France : La France livre des chars.", "example must be 'FROM > TO : sentence'"),
                Arguments.of("    trigger verb ${DONNER}", "unknown macro DONNER"),
                Arguments.of("    match   {}=trigger >obj", "frame T-GIVE: the match does not compile"),
                Arguments.of("rule T-SELL 0.9", "expected 'macro', 'frame ID CONFIDENCE' or an indented frame line"),
                Arguments.of("frame T-SELL 0.9.1", "expected 'macro', 'frame ID CONFIDENCE' or an indented frame line"));
    }

    @ParameterizedTest
    @MethodSource("badFrameLines")
    void aBadLineIsNamedWithItsFileAndNumber(String line, String problem) throws IOException {
        String message = error("sells-arms-to.frames", GOOD + line + "\n");
        assertTrue(message.startsWith(tmp.resolve("sells-arms-to.frames") + ":6: " + problem), message);
    }

    @Test
    void anIndentedLineOutsideAFrameIsNamed() throws IOException {
        assertEquals(tmp.resolve("accuses.frames") + ":1: an indented line outside a frame",
                error("accuses.frames", "    slot subject accuser\n" + GOOD));
    }

    @Test
    void aFrameWithoutTriggerIsNamedAtItsFrameLine() throws IOException {
        assertEquals(tmp.resolve("sells-arms-to.frames") + ":7: frame T-EMPTY has no trigger line",
                error("sells-arms-to.frames", GOOD + "\nframe T-EMPTY 0.9\n    slot subject supplier\n"));
    }

    @Test
    void aFrameIdUsedTwiceIsNamedWhereItComesAgain() throws IOException {
        Files.writeString(tmp.resolve("accuses.frames"), "frame T-GIVE 0.8\n    trigger verb accuser\n", StandardCharsets.UTF_8);
        assertEquals(tmp.resolve("accuses.frames") + ":1: frame id used twice: T-GIVE",
                error("sells-arms-to.frames", GOOD));
    }

    /** The graph's shapes would refuse every event of the frame, in whatever document it is found. */
    @Test
    void aConfidenceAboveOneIsNamedAtItsFrameLine() throws IOException {
        assertEquals(tmp.resolve("sells-arms-to.frames") + ":2: frame T-GIVE: the confidence must be a number from 0 to 1,"
                + " not 90.0", error("sells-arms-to.frames", GOOD.replace("0.9", "90")));
        Files.writeString(tmp.resolve("sells-arms-to.frames"), GOOD.replace("0.9", "1"), StandardCharsets.UTF_8);
        assertEquals(1.0, FrameBook.load(tmp).frames().get(0).confidence(), "1 is a confidence");
    }

    @Test
    void aBadCueLineIsNamedWithItsFileAndNumber() throws IOException {
        Path cues = tmp.resolve("cues.tsv");
        Files.writeString(tmp.resolve("sells-arms-to.frames"), GOOD, StandardCharsets.UTF_8);
        assertEquals(cues + ":2: unknown kind militarry", error("cues.tsv", "military\tchars?\nmilitarry\tradars?\n"));
        assertTrue(error("cues.tsv", "military\tchars?\nnegation\n").startsWith(cues + ":2: "));
        assertTrue(error("cues.tsv", "military\tchars?\nnegation\tpas|(jamais\n").startsWith(cues + ":2: the pattern does not"
                + " compile: "));
    }

    @Test
    void aFolderWithoutRuleFilesIsNamed() throws IOException {
        assertEquals(tmp + ": no rule file (expected one of [sells-arms-to.frames, accuses.frames, armed-historically.frames])",
                error("notes.txt", "frame X 0.9\n"));
        Path file = tmp.resolve("notes.txt");
        assertEquals(file + ": not a folder of rule files",
                assertThrows(FrameBook.RuleFileError.class, () -> FrameBook.load(file)).getMessage());
    }
}
