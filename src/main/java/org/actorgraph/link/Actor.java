package org.actorgraph.link;

import java.util.Objects;

/**
 * An entry of the gazetteer, identified by its Wikidata id, or by a local id (lowercase, hyphenated) where
 * no Wikidata id has been confirmed; or an actor the gazetteer does not list, found in the text ({@link LocalActors}),
 * whose id is {@code local/} and its name's slug. {@code homeQid} is the state a company,
 * government body or person belongs to, the state an armed group is based in or operates from (data about
 * the group: it answers for itself), or the manufacturer of a weapon system; null otherwise.
 */
public record Actor(String qid, ActorKind kind, String label, String labelEn, String homeQid) {
    /**
     * The record's own hash would mix in the enum's identity hash, which differs from one JVM to the next, and
     * hash-ordered sets of actors would then be read in a different order on every run.
     */
    @Override
    public int hashCode() {
        return Objects.hash(qid, kind.name(), label, labelEn, homeQid);
    }

    public boolean hasWikidataId() {
        return qid.matches("Q[1-9][0-9]*");
    }

    /** Whether the text named this actor and no gazetteer lists it. */
    public boolean isLocal() {
        return qid.startsWith(LocalActors.KEY_PREFIX);
    }

    public boolean isWeapon() {
        return kind == ActorKind.WeaponSystem;
    }

    /** A company or a weapon: its name tells where something is made, not a state acting. */
    public boolean isMaker() {
        return kind == ActorKind.Company || isWeapon();
    }
}
