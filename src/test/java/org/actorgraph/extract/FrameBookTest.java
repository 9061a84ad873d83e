package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule book: the bundled rule files and a folder of one's own read into frames, without any model. */
class FrameBookTest {
    private static final FrameBook BUNDLED = FrameBook.load();

    @TempDir
    Path tmp;

    /** The lines of each frame of a bundled rule file, by frame id: its indented lines up to the next frame. */
    private static Map<String, List<String>> frameLines(Relation r) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = FrameBook.class.getClassLoader().getResourceAsStream("rules/" + r.ruleFile())) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("frame ")) {
                    current = new ArrayList<>();
                    out.put(line.split("\\s+")[1], current);
                } else if (!line.isBlank() && !line.startsWith(" ")) {
                    current = null;
                } else if (current != null && !line.isBlank() && !line.strip().startsWith("#")) {
                    current.add(line.strip());
                }
            }
        }
        return out;
    }

    private static long count(List<String> lines, String keyword) {
        return lines.stream().filter(l -> l.startsWith(keyword + " ")).count();
    }

    private static Frame frame(FrameBook book, String id) {
        return book.frames().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachBundledFileGivesTheFramesItDeclaresWithTheirSlotsOptionsAndExamples() throws IOException {
        for (Relation r : Relation.values()) {
            Map<String, List<String>> declared = frameLines(r);
            List<Frame> read = BUNDLED.frames().stream().filter(f -> f.relation() == r).toList();
            assertFalse(declared.isEmpty(), r.ruleFile());
            assertEquals(List.copyOf(declared.keySet()), read.stream().map(Frame::id).toList(), r.ruleFile());
            for (Frame f : read) {
                List<String> lines = declared.get(f.id());
                Set<String> options = lines.stream().filter(l -> l.startsWith("option ")).map(l -> l.split("\\s+")[1])
                        .collect(Collectors.toSet());
                assertEquals(options, f.options().stream().map(o -> o.name).collect(Collectors.toSet()), f.id());
                assertEquals(count(lines, "slot"), f.slots().size(), f.id() + ": a slot declared twice is one slot");
                assertEquals(count(lines, "example"), f.examples().size(), f.id());
                assertEquals(count(lines, "match") > 0, f.match() != null, f.id());
                assertTrue(f.source().startsWith("rules/" + r.ruleFile() + ":"), f.source());
            }
        }
    }

    @Test
    void macrosAreExpandedIntoTriggerLemmasThatFindTheirFrames() {
        assertFalse(BUNDLED.triggerLemmas().isEmpty());
        for (String lemma : BUNDLED.triggerLemmas()) {
            assertFalse(lemma.isBlank() || lemma.contains("$") || lemma.contains("|"), lemma);
            assertTrue(BUNDLED.framesFor(lemma).stream().allMatch(f -> f.lemmas().contains(lemma)), lemma);
        }
        Frame give = BUNDLED.framesFor("livrer").stream()
                .filter(f -> f.relation() == Relation.SELLS_ARMS_TO && f.pos() == Frame.PartOfSpeech.verb).findFirst()
                .orElseThrow();
        assertEquals(List.of(Role.supplier), give.slots().get("subject"));
        assertEquals(List.of(Role.recipient), give.slots().get("à"));
        assertTrue(give.lemmas().containsAll(Set.of("vendre", "fournir")), "the other verbs of its macro");
        assertEquals(List.of(), BUNDLED.framesFor("manger"));
    }

    @Test
    void aFolderOfOneRuleFileGivesItsFramesAndNoneForTheOtherRelations() throws IOException {
        Files.writeString(tmp.resolve("accuses.frames"), """
                # Rules written for this test.
                macro BLAME = accuser|blâmer

                # Says who blames whom.
                frame T-BLAME 0.7
                    trigger verb ${BLAME}|incriminer
                    match   {}=trigger !>obj {word:/^(se|s')$/}
                    slot    subject accuser
                    slot    object/de accused
                    slot    object accused
                    option  previous-sentence-parties
                    example Azerbaïdjan > France : Bakou accuse Paris d'attiser le conflit.

                frame T-TRADE 0.5
                    trigger noun accusation
                    slot    possessor accuser
                """, StandardCharsets.UTF_8);
        FrameBook book = FrameBook.load(tmp);
        assertEquals(List.of("T-BLAME", "T-TRADE"), book.frames().stream().map(Frame::id).toList());
        Frame blame = frame(book, "T-BLAME");
        assertEquals(Relation.ACCUSES, blame.relation());
        assertEquals(0.7, blame.confidence());
        assertEquals("Says who blames whom.", blame.description(), "the comment right before the frame");
        assertEquals(Set.of("accuser", "blâmer", "incriminer"), blame.lemmas());
        assertNotNull(blame.match());
        assertEquals(Map.of("subject", List.of(Role.accuser), "object/de", List.of(Role.accused), "object",
                List.of(Role.accused)), blame.slots());
        assertEquals(Set.of(Frame.Option.previousSentenceParties), blame.options());
        assertEquals(new Frame.Example("Azerbaïdjan", "France", "Bakou accuse Paris d'attiser le conflit."),
                blame.examples().get(0));
        assertEquals(Frame.ThemeCheck.none, blame.theme(), "no slot holds a theme");
        assertEquals(List.of(blame), book.framesFor("blâmer"));
        assertEquals(List.of(), book.framesFor("livrer"), "no sales rules without their file");
        assertEquals(Cues.load().isWord(Cues.Kind.military, "radars"), Cues.load(tmp).isWord(Cues.Kind.military, "radars"),
                "without a cues.tsv of its own the folder takes the bundled one");
    }

    @Test
    void aFrameWithATransferredThingIsCheckedForMaterielUnlessItSaysOtherwise() throws IOException {
        Files.writeString(tmp.resolve("sells-arms-to.frames"), """
                frame T-DEFAULT 0.8
                    trigger verb livrer
                    slot    object theme
                frame T-NONE 0.8
                    trigger verb livrer
                    slot    object theme
                    theme   none
                frame T-REQUIRED 0.8
                    trigger verb livrer
                    theme   required
                """, StandardCharsets.UTF_8);
        FrameBook book = FrameBook.load(tmp);
        assertEquals(Frame.ThemeCheck.military, frame(book, "T-DEFAULT").theme());
        assertEquals(Frame.ThemeCheck.none, frame(book, "T-NONE").theme());
        assertEquals(Frame.ThemeCheck.required, frame(book, "T-REQUIRED").theme());
    }
}
