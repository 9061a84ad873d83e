package org.actorgraph.link;

/** How a surface names its actor: by name, by its capital (metonymy), or by a demonym adjective. */
public enum NameForm {
    name,
    capital,
    demonym
}
