package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.link.Actor;

/**
 * One extracted relation with its evidence. {@code from} and {@code to} are the actors as the text names
 * them (a ministry, a company); {@code fromState} and {@code toState} the states or organisations that
 * answer for them. {@code status} is null for relations other than arms transfers. {@code details} says what an
 * arms transfer's sentence tells of the items, quantities, years and value (the "describe transfers" stage fills
 * it in; {@link TransferDetails#NONE} before it, and for other relations).
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
        double confidence,
        TransferDetails details) {

    public RelationEvent {
        if (details == null) {
            details = TransferDetails.NONE;
        }
    }

    /** An event as extraction finds it, not yet described. */
    public RelationEvent(Relation relation, Actor from, Actor to, Actor fromState, Actor toState, List<Actor> weapons,
            TransferStatus status, Modality modality, Actor accordingTo, int sentenceIndex, String trigger, String ruleId,
            double confidence) {
        this(relation, from, to, fromState, toState, weapons, status, modality, accordingTo, sentenceIndex, trigger,
                ruleId, confidence, TransferDetails.NONE);
    }

    /** The same event with what its sentence says of the transfer. */
    public RelationEvent withDetails(TransferDetails d) {
        return new RelationEvent(relation, from, to, fromState, toState, weapons, status, modality, accordingTo,
                sentenceIndex, trigger, ruleId, confidence, d);
    }

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
