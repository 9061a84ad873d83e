package org.actorgraph.extract;

/** The relations ActorGraph extracts; each has one rule file and one ontology property. */
public enum Relation {
    SELLS_ARMS_TO("sellsArmsTo", "ArmsTransfer", "sells-arms-to.frames"),
    ACCUSES("accuses", "Accusation", "accuses.frames"),
    ARMED_HISTORICALLY("armedHistorically", "HistoricalArming", "armed-historically.frames");

    private final String property;
    private final String eventClass;
    private final String ruleFile;

    Relation(String property, String eventClass, String ruleFile) {
        this.property = property;
        this.eventClass = eventClass;
        this.ruleFile = ruleFile;
    }

    /** Local name of the direct property in the ag: namespace. */
    public String property() {
        return property;
    }

    /** Local name of the event class in the ag: namespace. */
    public String eventClass() {
        return eventClass;
    }

    public String ruleFile() {
        return ruleFile;
    }

    /** Role names for the two actors (from, to), as ontology properties. */
    public String fromRole() {
        return this == ACCUSES ? "accuser" : "supplier";
    }

    public String toRole() {
        return this == ACCUSES ? "accused" : "recipient";
    }

    /** Whether the event names the weapon systems transferred (an accusation does not). */
    public boolean carriesWeapons() {
        return this != ACCUSES;
    }
}
