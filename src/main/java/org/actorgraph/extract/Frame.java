package org.actorgraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a rule file: a predicate (a trigger lemma of a part of speech) that states a relation, and
 * where its arguments are. {@code slots} maps a syntactic slot ("subject", "object", a preposition such as
 * "à" or "auprès de", "possessor", "demonym", "self", or a path such as "object/de") to the roles that an
 * argument found there can fill, in order of preference: an actor takes the first party role, materiel the
 * theme. The syntax that finds slots (voice, participles, relative clauses, control, support verbs, clitics)
 * is shared by every frame ({@link Arguments}); a frame only says which slot holds which role.
 */
public record Frame(
        String id,
        Relation relation,
        double confidence,
        PartOfSpeech pos,
        Set<String> lemmas,
        SemgrexPattern match,
        Map<String, List<Role>> slots,
        ThemeCheck theme,
        Set<Option> options,
        List<Example> examples,
        String description,
        String source) {

    /** The graph's shapes hold an event's confidence, its frame's, to [0, 1]: a rule file cannot give more. */
    public Frame {
        if (confidence < 0 || confidence > 1) {
            throw new FrameBook.RuleFileError(source + ": frame " + id + ": the confidence must be a number from 0 to 1,"
                    + " not " + confidence);
        }
    }

    public enum PartOfSpeech { verb, noun, adj }

    /** What the frame asks of what is transferred. */
    public enum ThemeCheck {
        /** Nothing: the predicate is military by itself ("armer", "fournisseur d'armes"). */
        none,
        /** When the sentence names what is transferred, it must be military materiel. */
        military,
        /** The sentence must name military materiel as what is transferred ("livrer des chars", not "livrer bataille"). */
        required
    }

    /** Behaviour beyond slots, each named in the rule file where it applies. */
    public enum Option {
        /** With no supplier in the sentence, the country of origin of a named weapon system is the supplier. */
        supplierFromWeaponOrigin("supplier-from-weapon-origin"),
        /** With neither party in the sentence, the two states of the previous sentence are taken. */
        previousSentenceParties("previous-sentence-parties"),
        /** Two parties of a contract are ordered by the weapon's origin: the party it comes from is the supplier. */
        partiesByWeaponOrigin("parties-by-weapon-origin"),
        /** A long-standing-supply cue in the clause ("depuis des décennies") makes the event armedHistorically. */
        historicalCue("historical-cue"),
        /** The trigger's own adjectives of long standing ("fournisseur traditionnel", "principal fournisseur") make the
         * event armedHistorically, unless the actor has just become one ("sont devenus le premier fournisseur"). */
        historicalAdjective("historical-adjective"),
        /** As historical-adjective, for a customer noun: only the adjectives of cues.tsv kind standingClient count
         * (« cliente historique des industriels américains » is long-standing supply; « premier client du Rafale »,
         * « fidèle client » a buyer). */
        standingAdjective("standing-adjective"),
        /** With no recipient, a participle on materiel takes the subject of the verb that holds the materiel
         * ("l'armée serbe met en œuvre des MiG-29 cédés par la Russie"). */
        recipientFromHolder("recipient-from-holder"),
        recipientFromTopic("recipient-from-topic"),
        /** With no accuser, a participle on the target of a hostile act takes the act's subject ("a rompu avec
         * l'Ukraine, accusée de soutenir le terrorisme"). */
        accuserFromHostileAct("accuser-from-hostile-act"),
        /** The frame reads what a state holds, not what is supplied to it: a holding that has lasted ("aligne des
         * sous-marins allemands depuis les années 1970") is a long-standing supply, not one still going on. */
        holding("holding"),
        /** A clause that says its subject did as the one before did (« suivent », « s'équipe à son tour ») takes the
         * other party of the transfer told just before ({@link FollowedTransfer}). */
        followsTransfer("follows-transfer"),
        /** With an accuser and no accused actor (« Khrouchtchev dénonça un acte de piraterie »), the accuser's
         * adversary in the latest accusation told between it and another party ({@link DocumentTopic#adversary}). */
        accusedFromConflict("accused-from-conflict");

        final String name;

        Option(String name) {
            this.name = name;
        }

        static Option named(String name) {
            for (Option o : values()) {
                if (o.name.equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** A sentence the frame must read as a relation between two labelled actors (a test runs them). */
    public record Example(String from, String to, String sentence) {}

    public boolean has(Option o) {
        return options.contains(o);
    }

    /** Whether some slot can hold the theme. */
    public boolean namesTheme() {
        return slots.values().stream().anyMatch(rs -> rs.contains(Role.theme));
    }
}
