package org.actorgraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One Semgrex pattern of a rule file. Named nodes: {@code trigger} (required), {@code from} and {@code to}
 * (the two actors, in the direction of the edge), {@code theme} (what is transferred: when a rule names it,
 * it must be military materiel).
 */
public record Rule(String id, Relation relation, String description, SemgrexPattern pattern, double confidence,
        SubjectRole subject, boolean orientByWeapon, String source) {

    /** Which role an understood subject fills when the pattern binds none. */
    public enum SubjectRole { from, to, none }
}
