package org.actorgraph.link;

/** What an actor is; the names are those of the ontology's classes. */
public enum ActorKind {
    State,
    InternationalOrganisation,
    ArmedGroup,
    Company,
    GovernmentBody,
    Person,
    WeaponSystem;

    /**
     * States, international organisations and non-state armed groups answer for themselves in the direct
     * edges of the graph: arms delivered to the Houthis go to the Houthis, not to Yemen, their home state.
     */
    public boolean isAccountable() {
        return this == State || this == InternationalOrganisation || this == ArmedGroup;
    }
}
