package org.actorgraph.extract;

/** Whether the text asserts an event, or negates, hedges or fears it. */
public enum Modality {
    Asserted,
    Negated,
    Hypothetical,
    Feared
}
