package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;

/**
 * The state a weapon system comes from, which stands in for a supplier the clause does not write: its maker's, or, for
 * a weapon several states build together (gazetteer joint-programmes.tsv), the partner the text names nearest to it:
 * in its sentence, else the last one in the {@value WeaponAnaphora#WINDOW} sentences before (« Fincantieri a livré au
 * Caire deux frégates FREMM ; l'Indonésie en a ensuite commandé six »: Italy, not France). When no partner
 * is named, the maker's state.
 */
final class WeaponOrigin {
    private final Gazetteer gazetteer;

    WeaponOrigin(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Actor of(LinkedSentence s, Actor weapon) {
        List<Actor> partners = gazetteer.partnersOf(weapon);
        if (partners.isEmpty()) {
            return gazetteer.originOf(weapon);
        }
        int at = s.mentions().stream().filter(m -> m.actor().equals(weapon)).mapToInt(Mention::begin).findFirst().orElse(-1);
        Actor nearest = null;
        int best = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            Actor partner = partnerNamed(m, partners);
            int distance = at < 0 ? 0 : Math.abs(m.begin() - at);
            if (partner != null && distance < best) {
                nearest = partner;
                best = distance;
            }
        }
        LinkedSentence before = s.previous();
        for (int back = 1; nearest == null && before != null && back <= WeaponAnaphora.WINDOW; back++, before = before.previous()) {
            for (Mention m : before.mentions()) {
                Actor partner = partnerNamed(m, partners);
                nearest = partner != null ? partner : nearest;
            }
        }
        return nearest != null ? nearest : gazetteer.originOf(weapon);
    }

    /** The partner a mention names: the state itself, its capital or demonym, or one of its companies. */
    private Actor partnerNamed(Mention m, List<Actor> partners) {
        Actor answering = m.actor().isWeapon() ? null : gazetteer.accountable(m.actor());
        return answering != null && partners.contains(answering) ? answering : null;
    }
}
