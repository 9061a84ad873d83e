package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** What the rules did in one sentence: each match, and the event it gave or why it was blocked. */
public final class Trace {
    public record Entry(String ruleId, String trigger, String from, String to, String outcome) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String ruleId, String trigger, String from, String to, String outcome) {
        entries.add(new Entry(ruleId, trigger, from, to, outcome));
    }

    public List<Entry> entries() {
        return entries;
    }
}
