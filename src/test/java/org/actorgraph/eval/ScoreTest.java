package org.actorgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison follows score.py: optional rows set aside, only the given documents, direction, one count per edge. */
class ScoreTest {
    private static Edge e(String doc, String s, String rel, String o) {
        return new Edge(doc, s, rel, o);
    }

    @Test
    void countsAsScorePyCounts() {
        Gold gold = new Gold(Path.of("gold.tsv"),
                Set.of(e("a", "Q1", "sellsArmsTo", "Q2"), e("a", "Q3", "accuses", "Q4"), e("b", "Q5", "accuses", "Q6"),
                        e("b", "Q7", "armedHistorically", "Q8")),
                Set.of(e("a", "Q9", "sellsArmsTo", "Q2"), e("b", "Q9", "accuses", "Q6"), e("b", "Q7", "armedHistorically", "Q8")));
        Set<Edge> found = Set.of(
                e("a", "Q1", "sellsArmsTo", "Q2"),          // tp
                e("a", "Q4", "accuses", "Q3"),              // reversed: fp, and its gold row a fn
                e("a", "Q9", "sellsArmsTo", "Q2"),          // optional and found: neither right nor wrong
                e("b", "Q5", "accuses", "Q6"),              // tp
                e("b", "Q7", "armedHistorically", "Q8"),    // a gold row that is also optional: set aside, so missed
                e("c", "Q1", "sellsArmsTo", "Q2"));         // a document not evaluated
        Score s = Score.of(found, gold, Set.of("a", "b"));

        assertEquals(List.of(e("a", "Q1", "sellsArmsTo", "Q2"), e("b", "Q5", "accuses", "Q6")), List.copyOf(s.truePositives()));
        assertEquals(List.of(e("a", "Q4", "accuses", "Q3")), List.copyOf(s.falsePositives()));
        assertEquals(List.of(e("a", "Q3", "accuses", "Q4"), e("b", "Q7", "armedHistorically", "Q8")),
                List.copyOf(s.falseNegatives()));
        assertEquals(new Counts(1, 0, 0), s.counts("sellsArmsTo"));
        assertEquals(new Counts(1, 1, 1), s.counts("accuses"));
        assertEquals(new Counts(0, 0, 1), s.counts("armedHistorically"));
        assertEquals(new Counts(2, 1, 2), s.micro());
        assertEquals(2, s.documents());
    }

    @Test
    void edgesAreSortedAsPythonSortsTuples() {
        Gold gold = new Gold(Path.of("gold.tsv"), Set.of(), Set.of());
        Score s = Score.of(Set.of(e("a", "Q30", "accuses", "Q1"), e("a", "Q159", "accuses", "Q1"), e("A", "Q9", "accuses", "Q1")),
                gold, Set.of("a", "A"));
        assertEquals(List.of("A Q9", "a Q159", "a Q30"),
                s.falsePositives().stream().map(x -> x.document() + " " + x.subject()).toList());
    }

    @Test
    void figuresAreZeroWhenUndefinedAndRoundedAsPythonRounds() {
        assertEquals(0.0, new Counts(0, 0, 0).f1());
        assertEquals(0.0, new Counts(0, 3, 0).precision());
        assertEquals(0.0, new Counts(0, 0, 3).recall());
        Counts c = new Counts(3, 1, 2);
        assertEquals(0.75, c.precision());
        assertEquals(0.6, c.recall());
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1());
        // f"{0.125:.2f}" is 0.12 and f"{0.375:.2f}" 0.38 in Python (half to even on the exact binary value).
        assertEquals("0.12", ReportFormat.fixed(0.125, 2));
        assertEquals("0.38", ReportFormat.fixed(0.375, 2));
        assertEquals("0.67", ReportFormat.fixed(2.0 / 3, 2));
        assertEquals("1.00", ReportFormat.fixed(1.0, 2));
    }
}
