package org.actorgraph.link;

/** What an actor is; the names are those of the ontology's classes. */
public enum ActorKind {
    State,
    InternationalOrganisation,
    Company,
    GovernmentBody,
    Person,
    WeaponSystem;

    /** States and international organisations answer for themselves in the direct edges of the graph. */
    public boolean isAccountable() {
        return this == State || this == InternationalOrganisation;
    }
}
