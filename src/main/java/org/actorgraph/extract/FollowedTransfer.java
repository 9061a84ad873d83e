package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "extract" (frame option {@code follows-transfer}): a clause that says its subject did as the one before
 * did — « La Grèce et le Venezuela suivent », « le Qatar s'équipe à son tour » — names one party; the other is that of
 * the transfer told just before it (in its sentence, else in the sentence before). The subject takes the part that the
 * subject of that transfer played (parallelism): after « Madrid reçoit des chars construits en France », followers
 * buy from France; after « l'Allemagne a livré des chars à Kiev », followers supply Kiev.
 */
final class FollowedTransfer {
    /** Verbs that say their subject did the same ("suivre"), as against a verb of the transfer itself with a cue. */
    private static final Set<String> FOLLOWING_VERBS = FrenchWords.list("following-verb");

    private final Cues cues;

    FollowedTransfer(Cues cues) {
        this.cues = cues;
    }

    /** Whether the trigger's clause says its subject followed: a following verb, or a cue on it (« à son tour »). */
    boolean says(SemanticGraph g, IndexedWord trigger) {
        if (FOLLOWING_VERBS.contains(Morph.lemma(trigger))) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("obl") || rel.equals("advmod")) && cues.find(Cues.Kind.following, Syntax.phraseText(g, e.getDependent())) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two sides, supplier first, the followers' side left null for the caller to fill; or null when no transfer
     * comes before or the followers are already a party of it. {@code followerSupplies}: the frame found the followers
     * in its supplier's place (after « suivre », parallelism decides instead).
     */
    Resolved[] sides(Candidate before, List<Resolved> followers, IndexedWord trigger, boolean followerSupplies) {
        if (before == null || followers.isEmpty()) {
            return null;
        }
        boolean supplies = FOLLOWING_VERBS.contains(Morph.lemma(trigger)) ? subjectSupplied(before) : followerSupplies;
        Resolved other = supplies ? before.to() : before.from();
        if (followers.stream().anyMatch(f -> f.actor().equals(other.actor()))) {
            return null;
        }
        return new Resolved[] {supplies ? null : other, supplies ? other : null};
    }

    /**
     * Whether the subject of a transfer's frame is its supplier (« l'Allemagne a livré », not « Madrid reçoit »), or the
     * agent noun a subject is (« Cuba devint le principal pourvoyeur de l'armée », not « … le premier client »); a frame
     * with neither (« les premiers acheteurs du Rafale, suivis par l'Inde ») lists customers.
     */
    private static boolean subjectSupplied(Candidate c) {
        List<Role> subjectRoles = c.frame().slots().getOrDefault("subject", c.frame().slots().getOrDefault("self", List.of()));
        return !subjectRoles.isEmpty() && subjectRoles.get(0) == Role.supplier;
    }
}
