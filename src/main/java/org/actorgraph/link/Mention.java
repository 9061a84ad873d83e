package org.actorgraph.link;

/** A span of the document text that names an actor, with the character offsets of the span. */
public record Mention(int begin, int end, String text, Actor actor, NameForm form) {}
