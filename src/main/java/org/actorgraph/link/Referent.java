package org.actorgraph.link;

import java.util.List;
import java.util.Set;

/**
 * Part of {@link Discourse}: a state, or a group of states, named or referred to at a place in the document; {@code
 * pronounOnly} when it is named by a company or a weapon, or is a state's armed forces, which a pronoun may take up but
 * a description (« le pays », « la marine », « le grand voisin ») does not.
 */
record Referent(int sentence, int token, List<Actor> states, int role, boolean plural, char gender, boolean objectPronoun,
        boolean pronounOnly) {
    Referent(int sentence, int token, List<Actor> states, int role, boolean plural, char gender, boolean objectPronoun) {
        this(sentence, token, states, role, plural, gender, objectPronoun, false);
    }

    boolean subject() {
        return role == MentionRoles.SUBJECT;
    }

    boolean before(int s, int t) {
        return sentence < s || (sentence == s && token < t);
    }

    boolean single() {
        return states.size() <= 1;
    }

    /** Whether an anaphor can stand for this referent: kind of state, number and gender. */
    boolean fits(Anaphor a, Gazetteer gazetteer) {
        if (a.kind() == Anaphor.Kind.description && states.stream().anyMatch(x -> x.kind() == ActorKind.ArmedGroup)) {
            // An armed group is not a country: "le pays" never stands for the Hezbollah, though "il" may.
            return false;
        }
        if (states.isEmpty()) {
            return (a.kind() == Anaphor.Kind.subjectPronoun || a.kind() == Anaphor.Kind.objectPronoun || a.kind() == Anaphor.Kind.possessive)
                    && a.plural() == plural;
        }
        if (a.kind() == Anaphor.Kind.lastNamed && single() && !pronounOnly && states.get(0).kind() == ActorKind.InternationalOrganisation) {
            // « saisi le Conseil de sécurité. … celui-ci adoptait la résolution 573 »: the body last named, as a party
            // of its clause (not « l'embargo de l'ONU », a complement)
            return role >= MentionRoles.OBJECT;
        }
        if (a.kind() == Anaphor.Kind.description || a.kind() == Anaphor.Kind.lastNamed) {
            return single() && !pronounOnly && gazetteer.designates(a.noun(), states.get(0));
        }
        if (a.plural() != (plural || !single())) {
            return false;
        }
        return a.gender() == 'e' || gender == 'e' || a.gender() == gender;
    }

    /** « son pays … du Royaume saoudien, avait livré à celui-ci »: the last named within the window, other than the clause's subject. */
    static List<Actor> lastNamed(List<Referent> entities, int sentence, int token, int window, Anaphor a, Set<Actor> clauseSubject,
            Gazetteer gazetteer) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Referent e = entities.get(i);
            if (e.before(sentence, token) && sentence - e.sentence() <= window && e.fits(a, gazetteer)
                    && e.states().stream().noneMatch(x -> clauseSubject.stream().anyMatch(y -> gazetteer.sameLineage(x, y)))) {
                return e.states();
            }
        }
        return List.of();
    }
}
