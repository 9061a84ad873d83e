package org.actorgraph.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a whole document is about: the one its listed names stand for most often, at least {@value #MIN_MENTIONS}
 * times and {@value #DOMINANCE} times as often as any other; a maker's or a weapon's name does not count for its
 * state. A quotation whose speaker no state answers for speaks for it: its « nous » and « notre » are that state
 * ({@link Discourse}). It is read from the names alone, before any parse, so that the parse gate
 * ({@code pipeline.ParseGate}) knows it as the link stage does.
 */
public final class MainState {
    static final int MIN_MENTIONS = 3;
    /** How many times more often than any other state the main state is named. */
    static final int DOMINANCE = 2;

    private MainState() {}

    /** The main state of a document, from the mentions {@link Link#listed} finds in it; null when none stands out. */
    public static Actor of(List<Mention> listed, Gazetteer gazetteer) {
        // in the order first named, so that the result does not depend on hashing
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (Mention m : listed) {
            // a maker or a weapon (« Humvee », « Eagle V ») names where the materiel comes from, not what the text is about
            Actor state = m.actor().isMaker() || m.actor().isWeapon() ? null : gazetteer.accountable(m.actor());
            if (state != null && state.kind() == ActorKind.State) {
                counts.merge(state, 1, Integer::sum);
            }
        }
        Actor best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return most >= MIN_MENTIONS && most >= DOMINANCE * second ? best : null;
    }
}
