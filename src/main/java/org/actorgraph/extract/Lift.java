package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedDocument;

/**
 * Stage "lift": each candidate becomes a relation event between the states or organisations that answer for
 * its actors (a ministry, a leader, a company for its state). A candidate whose two sides are the same state,
 * or one of whose actors answers to none, is dropped (and said so in the trace). One event per relation, pair
 * of states and sentence: the most confident reading.
 */
public final class Lift {
    private final Gazetteer gazetteer;

    public Lift(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public AnalyzedDocument apply(Extraction x) {
        Map<String, RelationEvent> events = new LinkedHashMap<>();
        for (Candidate c : x.candidates()) {
            Actor fs = gazetteer.accountable(c.from().actor());
            Actor ts = gazetteer.accountable(c.to().actor());
            Trace trace = x.traces().get(c.sentence().parsed().index());
            String id = c.frame().id();
            String word = c.trigger().word();
            String fromLabel = c.from().actor().label();
            String toLabel = c.to().actor().label();
            if (fs == null || ts == null) {
                trace.add(id, word, fromLabel, toLabel, "blocked: " + (fs == null ? fromLabel : toLabel) + " answers to no state");
                continue;
            }
            if (c.relation() == Relation.ACCUSES && gazetteer.isNonAccuser(fs)) {
                trace.add(id, word, fromLabel, toLabel, "blocked: " + fs.label() + " charges, it does not accuse (non-accusers.tsv)");
                continue;
            }
            if (gazetteer.sameLineage(fs, ts)) {
                trace.add(id, word, fromLabel, toLabel, "blocked: both sides are " + fs.label());
                continue;
            }
            RelationEvent e = new RelationEvent(c.relation(), c.from().actor(), c.to().actor(), fs, ts, c.weapons(),
                    c.status(), c.modality(), c.accordingTo(), c.sentence().parsed().index(), word, id, c.frame().confidence());
            events.merge(e.key(), e, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            trace.add(id, word, fromLabel, toLabel, (e.isAsserted() ? "edge " : "event only, ") + c.relation().property()
                    + (c.status() != null ? " status=" + c.status() : "") + " modality=" + c.modality() + c.how()
                    + (c.accordingTo() != null ? " according to " + c.accordingTo().label() : ""));
        }
        LinkedDocument d = x.document();
        return new AnalyzedDocument(d.document(), d.sentences(), d.mentions(), new ArrayList<>(events.values()), x.traces());
    }
}
