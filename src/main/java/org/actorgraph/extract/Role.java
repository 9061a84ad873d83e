package org.actorgraph.extract;

/** What an argument of a frame is to its relation: one of its two parties, or what is transferred. */
public enum Role {
    supplier,
    recipient,
    accuser,
    accused,
    /** What is transferred; it must be military materiel where the frame says so. */
    theme;

    /** Whether this role is the relation's first party (the subject of the direct edge). */
    public boolean isFrom() {
        return this == supplier || this == accuser;
    }

    public boolean isParty() {
        return this != theme;
    }

    /** The role of the same side in another relation: a supplier in a sale is the supplier of a historical arming. */
    static Role from(Relation r) {
        return r == Relation.ACCUSES ? accuser : supplier;
    }

    static Role to(Relation r) {
        return r == Relation.ACCUSES ? accused : recipient;
    }
}
