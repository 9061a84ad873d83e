package org.actorgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.TaggedSentence;

/**
 * The words that take up a weapon system named before them, whose maker's state may then be the supplier: an object
 * or possessive pronoun (« Le NASAMS … Oslo l'a vendu à Oman », « la Finlande a réceptionné les siens ») and a
 * definite noun that stands for a model (« le système sol-air a été vendu à l'Espagne », « l'appareil »: french-words
 * weapon-anaphor-noun). {@link Materiel} resolves them on the
 * parse; the parse gate finds them on tags, to parse the sentences where they may give a supplier.
 */
public final class WeaponAnaphora {
    /** How many sentences back such a word looks for the weapon it takes up (as the discourse step's pronouns do). */
    public static final int WINDOW = 2;
    /** How far back « en » looks: it counts what was just named. */
    public static final int PARTITIVE_WINDOW = 1;
    static final Set<String> OBJECT_PRONOUNS = FrenchWords.list("clitic-object");
    /** « La Colombie en a acheté vingt-cinq »: a quantity of the weapon named before. */
    static final Set<String> PARTITIVE_PRONOUNS = FrenchWords.list("partitive-pronoun");
    /** « La Finlande a réceptionné les siens »: after a definite article, the thing named before. */
    static final Set<String> POSSESSIVE_PRONOUNS = FrenchWords.list("possessive-pronoun");
    private static final Set<String> VERBAL = Set.of("AUX", "VERB");
    static final Set<String> MODEL_NOUNS = FrenchWords.list("weapon-anaphor-noun");
    private static final Set<String> DEFINITE = FrenchWords.list("definite-or-demonstrative");

    private WeaponAnaphora() {}

    /**
     * Whether the t-th token (0-based) of a tagged sentence may take up a weapon: an object pronoun, « en » before its
     * verb, or a model noun after a definite or demonstrative determiner (an adjective may stand between: « le premier
     * exemplaire »).
     */
    public static boolean at(TaggedSentence s, int t) {
        String word = s.word(t).toLowerCase(Locale.ROOT);
        // « Le Brésil en a commandé trente-six »: the tagger may read the clitic « en » before its verb as a preposition
        if (PARTITIVE_PRONOUNS.contains(word) && ("PRON".equals(s.tag(t)) || t + 1 < s.size() && VERBAL.contains(s.tag(t + 1)))) {
            return true;
        }
        if (POSSESSIVE_PRONOUNS.contains(word) && t > 0 && OBJECT_PRONOUNS.contains(s.word(t - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if ("PRON".equals(s.tag(t))) {
            return OBJECT_PRONOUNS.contains(word);
        }
        if (!"NOUN".equals(s.tag(t)) || !MODEL_NOUNS.contains(word)) {
            return false;
        }
        int det = t > 1 && "ADJ".equals(s.tag(t - 1)) ? t - 2 : t - 1;
        return det >= 0 && definite(s.word(det), det > 0 ? s.word(det - 1) : null);
    }

    /**
     * Whether a determiner (and the word before it, or null) is definite or demonstrative: not « les » after « de »,
     * which the tokenizer makes of « des » whether it is the indefinite article or « de » and the definite one.
     */
    static boolean definite(String determiner, String before) {
        String det = determiner.toLowerCase(Locale.ROOT);
        return DEFINITE.contains(det) && !("les".equals(det) && "de".equalsIgnoreCase(before));
    }
}
