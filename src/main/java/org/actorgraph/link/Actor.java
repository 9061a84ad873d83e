package org.actorgraph.link;

/**
 * An entry of the gazetteer, identified by its Wikidata id. {@code homeQid} is the state a company,
 * government body or person belongs to, or the manufacturer of a weapon system; null otherwise.
 */
public record Actor(String qid, ActorKind kind, String label, String labelEn, String homeQid) {
    public boolean isWeapon() {
        return kind == ActorKind.WeaponSystem;
    }
}
