package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the trace of a sentence keeps when a rule matches the same words more than once. */
class TraceTest {

    @Test
    void aRuleGivingTwoRelationsOnOnePairIsToldTwice() {
        Trace t = new Trace();
        t.addEvent("R-GIVE", "livrait", "Union soviétique", "Inde", Relation.ARMED_HISTORICALLY, "edge armedHistorically modality=Asserted");
        t.addEvent("R-GIVE", "livrait", "Union soviétique", "Inde", Relation.SELLS_ARMS_TO, "edge sellsArmsTo status=Delivered modality=Asserted");
        assertEquals(List.of("edge armedHistorically modality=Asserted", "edge sellsArmsTo status=Delivered modality=Asserted"),
                t.entries().stream().map(Trace.Entry::outcome).toList());
    }

    @Test
    void aBlockedMatchGivesWayToAnEdgeAndAnotherBindingOfTheSameReadingIsToldOnce() {
        Trace t = new Trace();
        t.add("R-GIVE", "vendu", "France", "Inde", "blocked: no recipient actor");
        t.addEvent("R-GIVE", "vendu", "France", "Inde", Relation.SELLS_ARMS_TO, "edge sellsArmsTo status=Contracted modality=Asserted");
        t.addEvent("R-GIVE", "vendu", "France", "Inde", Relation.SELLS_ARMS_TO, "event only, sellsArmsTo status=Contracted modality=Hypothetical");
        t.add("R-GIVE", "vendu", "France", "Inde", "blocked: no recipient actor");
        assertEquals(List.of("edge sellsArmsTo status=Contracted modality=Asserted"), t.entries().stream().map(Trace.Entry::outcome).toList());
    }
}
