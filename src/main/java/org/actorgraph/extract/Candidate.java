package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.LinkedSentence;

/**
 * A relation a frame found between two actors as the text names them, before it is qualified (modality,
 * status, attribution) and lifted to the states that answer for the actors. {@code how} says how its actors
 * were found, for {@code kg explain}.
 */
public record Candidate(Frame frame, Relation relation, LinkedSentence sentence, IndexedWord trigger, Resolved from,
        Resolved to, List<Actor> weapons, Modality modality, TransferStatus status, Actor accordingTo, String how) {

    Candidate qualified(Relation r, Modality m, TransferStatus st, Actor according, String note) {
        return new Candidate(frame, r, sentence, trigger, from, to, weapons, m, st, according, how + note);
    }
}
