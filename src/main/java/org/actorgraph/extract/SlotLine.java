package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.extract.FrameBook.RuleFileError;
import org.actorgraph.nlp.FrenchWords;

/**
 * A frame's line "slot SLOT ROLE [ROLE]": where an argument is (a place such as « subject », a preposition, or a path
 * of them, « object/de ») and the roles an actor found there takes. A place no list knows is an error, not a slot
 * that never matches.
 */
record SlotLine(String slot, List<Role> roles) {
    private static final Set<String> PLACES = FrenchWords.list("slot-place");
    private static final Set<String> PREPOSITIONS = FrenchWords.list("slot-preposition");

    static SlotLine parse(String where, String rest, Relation relation) {
        String[] words = rest.split("\\s+");
        List<Role> roles = new ArrayList<>();
        int i = words.length - 1;
        while (i > 0 && roleOrNull(words[i]) != null) {
            roles.add(0, roleOrNull(words[i]));
            i--;
        }
        if (roles.isEmpty()) {
            throw new RuleFileError(where + ": slot needs a name and roles (" + List.of(Role.values()) + ")");
        }
        for (Role role : roles) {
            if (role.isParty() && role != Role.from(relation) && role != Role.to(relation)) {
                throw new RuleFileError(where + ": role " + role + " is not a party of " + relation.property());
            }
        }
        String slot = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1));
        for (String place : slot.split("/")) {
            String first = place.split(" ")[0];
            if (!PLACES.contains(place) && !PREPOSITIONS.contains(first)) {
                throw new RuleFileError(where + ": unknown slot place '" + place + "' (a preposition or one of "
                        + PLACES.stream().sorted().toList() + ")");
            }
        }
        return new SlotLine(slot, List.copyOf(roles));
    }

    private static Role roleOrNull(String w) {
        try {
            return Role.valueOf(w);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
