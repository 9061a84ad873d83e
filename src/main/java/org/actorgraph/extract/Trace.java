package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** What the rules did in one sentence: each match, and the event it gave or why it was blocked. */
public final class Trace {
    public record Entry(String ruleId, String trigger, String from, String to, String outcome) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Records a match; a rule matching the same words again (other bindings of its nodes) is told once, unless it gives
     * another relation.
     */
    void add(String ruleId, String trigger, String from, String to, String outcome) {
        Entry e = new Entry(ruleId, trigger, from, to, outcome);
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.ruleId().equals(ruleId) && old.trigger().equals(trigger) && old.from().equals(from) && old.to().equals(to)
                    && sameReading(old.outcome(), outcome)) {
                if (old.outcome().startsWith("blocked") && !outcome.startsWith("blocked")) {
                    entries.set(i, e);
                }
                return;
            }
        }
        entries.add(e);
    }

    /**
     * Whether two outcomes of one rule on one pair are the same reading: a blocked one and any other are, two edges or
     * events are only when they are of the same relation (« l'URSS livrait des chars à l'Inde » is both a long-standing
     * supply and a sale, and the trace shows both).
     */
    private static boolean sameReading(String a, String b) {
        return a.startsWith("blocked") || b.startsWith("blocked") || relationOf(a).equals(relationOf(b));
    }

    private static String relationOf(String outcome) {
        return outcome.replaceFirst("^(edge|event only,) ", "").split(" ")[0];
    }

    public List<Entry> entries() {
        return entries;
    }
}
