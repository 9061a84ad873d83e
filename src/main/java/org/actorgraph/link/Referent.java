package org.actorgraph.link;

import java.util.List;

/** Part of {@link Discourse}: a state, or a group of states, named or referred to at a place in the document. */
record Referent(int sentence, int token, List<Actor> states, int role, boolean plural, char gender, boolean objectPronoun) {
    boolean subject() {
        return role == MentionRoles.SUBJECT;
    }

    boolean before(int s, int t) {
        return sentence < s || (sentence == s && token < t);
    }

    boolean single() {
        return states.size() <= 1;
    }
}
