package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.link.Actor;

/**
 * One extracted relation with its evidence. {@code from} and {@code to} are the actors as the text names
 * them (a ministry, a company); {@code fromState} and {@code toState} the states or organisations that
 * answer for them. {@code status} is null for relations other than arms transfers.
 */
public record RelationEvent(
        Relation relation,
        Actor from,
        Actor to,
        Actor fromState,
        Actor toState,
        List<Actor> weapons,
        TransferStatus status,
        Modality modality,
        Actor accordingTo,
        int sentenceIndex,
        String trigger,
        String ruleId,
        double confidence) {

    /** Whether the event yields the direct edge between the two states. */
    public boolean isAsserted() {
        return modality == Modality.Asserted
                && status != TransferStatus.Negotiating && status != TransferStatus.Cancelled;
    }

    /** Same relation, same states, same sentence: one edge of evidence. */
    public String key() {
        return relation + "|" + fromState.qid() + "|" + toState.qid() + "|" + sentenceIndex;
    }
}
