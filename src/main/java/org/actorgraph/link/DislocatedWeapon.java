package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;
import org.actorgraph.nlp.Syntax;

/**
 * « Les vieux Leopard 1A5, ce sont le Danemark et l'Allemagne qui les ont fournis »: a direct object pronoun after
 * a sentence-opening phrase set off by a comma that names a weapon system and no state resumes that phrase (left
 * dislocation); it stands for the materiel, not for a state named before.
 */
final class DislocatedWeapon {
    private static final Set<String> DIRECT_OBJECT = Set.of("le", "la", "l'", "l’", "les");

    private DislocatedWeapon() {}

    static boolean resumedBy(LinkedSentence s, IndexedWord pronoun) {
        if (!DIRECT_OBJECT.contains(Syntax.lower(pronoun))) {
            return false;
        }
        int comma = 0;
        for (int i = 1; i < pronoun.index() && comma == 0; i++) {
            comma = ",".equals(s.parsed().tokens().get(i - 1).word()) ? i : 0;
        }
        boolean weapon = false;
        for (int i = 1; i < comma; i++) {
            Mention m = s.mentionAt(i);
            if (m != null && !m.actor().isWeapon()) {
                return false;
            }
            weapon |= m != null;
        }
        return weapon;
    }
}
