package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** What the rules did in one sentence: each match, and the event it gave or why it was blocked. */
public final class Trace {
    /** One match; {@code relation} is that of the event it gave, null when it gave none. */
    public record Entry(String ruleId, String trigger, String from, String to, String outcome, Relation relation) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Records a match that gave no event (blocked, or not read); see {@link #addEvent}. */
    void add(String ruleId, String trigger, String from, String to, String outcome) {
        addEvent(ruleId, trigger, from, to, null, outcome);
    }

    /**
     * Records a match and the event of {@code relation} it gave. A rule matching the same words again (other bindings
     * of its nodes) is told once, unless it gives another relation (« l'URSS livrait des chars à l'Inde » is both a
     * long-standing supply and a sale, and the trace shows both); an event replaces a blocked match.
     */
    void addEvent(String ruleId, String trigger, String from, String to, Relation relation, String outcome) {
        Entry e = new Entry(ruleId, trigger, from, to, outcome, relation);
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.ruleId().equals(ruleId) && old.trigger().equals(trigger) && old.from().equals(from) && old.to().equals(to)
                    && (old.relation() == null || relation == null || old.relation() == relation)) {
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
