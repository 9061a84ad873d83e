package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** What the rules did in one sentence: each match, and the event it gave or why it was blocked. */
public final class Trace {
    public record Entry(String ruleId, String trigger, String from, String to, String outcome) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Records a match; a rule matching the same words again (other bindings of its nodes) is told once. */
    void add(String ruleId, String trigger, String from, String to, String outcome) {
        Entry e = new Entry(ruleId, trigger, from, to, outcome);
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.ruleId().equals(ruleId) && old.trigger().equals(trigger) && old.from().equals(from) && old.to().equals(to)) {
                if (old.outcome().startsWith("blocked") && !outcome.startsWith("blocked")) {
                    entries.set(i, e);
                }
                return;
            }
        }
        entries.add(e);
    }

    public List<Entry> entries() {
        return entries;
    }
}
