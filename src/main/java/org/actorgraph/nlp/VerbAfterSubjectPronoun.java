package org.actorgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Part of stage "annotate", before the parse gate and the parser: « L'ancienne puissance coloniale, qui équipe
 * l'armée nigériane » — the tagger reads « équipe » as a noun (a team), and the parser then builds the sentence
 * around it. A lowercase word after a subject pronoun (« qui », « il », « elle » …) and its clitics, tagged a noun
 * but which the dictionary also reads as a finite verb, is that verb. So is one right after a reflexive « se »
 * (« l'Algérie s'arme auprès de Moscou », where the tagger took « s' » for the « si » of « s'il »), and one right
 * after a name ({@link #afterName}).
 */
final class VerbAfterSubjectPronoun {
    private static final Set<String> SUBJECTS = FrenchWords.list("verb-opening-pronoun");
    private static final Set<String> CLITICS = FrenchWords.list("preverbal-clitic");
    private static final Set<String> REFLEXIVE = Set.of("se", "s'", "s’");
    private static final Set<String> NAME_CLITICS = Set.of("en", "y", "lui", "leur");
    private static final Set<String> FOLLOWING_TAGS = Set.of("ADV", "DET", "PRON", "PROPN");
    /** The most words an incidental phrase between commas holds, for {@link #afterIncise}. */
    private static final int MAX_INCISE = 10;

    private VerbAfterSubjectPronoun() {}

    /**
     * « Au Népal, l'Inde arme traditionnellement l'armée »: right after a proper name, a word the tagger read as a
     * noun without article, followed by an adverb, an article, a pronoun or a name, is the name's verb.
     */
    private static boolean afterName(TaggedSentence s, int i) {
        // « l'Australie en équipe ses frégates », « … et en équipe ses frégates »: a clitic may stand between the name (or
        // the « et » of a second verb) and the verb
        boolean clitic = NAME_CLITICS.contains(s.word(i - 1).toLowerCase(Locale.ROOT));
        int name = clitic ? i - 2 : i - 1;
        return name >= 0 && ("PROPN".equals(s.tag(name)) || clitic && Set.of("et", "ou").contains(s.word(name).toLowerCase(Locale.ROOT)))
                && i + 1 < s.size() && (FOLLOWING_TAGS.contains(s.tag(i + 1)) || coordinatedVerb(s, i + 1))
                && s.morphs().get(i).asVerb().is("ind") && !s.morphs().get(i).asVerb().plural();
    }

    /**
     * « La France arme et forme depuis 1960 les armées … »: « et » or « ou » at {@code j}, then a lowercase word read as
     * a noun without article that the dictionary also reads as an indicative verb, then an adverb, an article, a
     * pronoun, a name or a preposition: the second verb of a coordination.
     */
    private static boolean coordinatedVerb(TaggedSentence s, int j) {
        if (!"CCONJ".equals(s.tag(j)) || j + 2 >= s.size() || !"NOUN".equals(s.tag(j + 1))) {
            return false;
        }
        String word = s.word(j + 1);
        Morph verb = s.morphs().get(j + 1).asVerb();
        return verb != null && verb.is("ind") && word.equals(word.toLowerCase(Locale.ROOT))
                && (FOLLOWING_TAGS.contains(s.tag(j + 2)) || "ADP".equals(s.tag(j + 2)));
    }

    /**
     * « l'Union soviétique arme la Somalie »: right after a noun and its adjective, a word read as a noun without
     * article, followed by an article, is the verb when it can be one in the noun's number.
     */
    private static boolean afterNounAndAdjective(TaggedSentence s, int i) {
        if (i < 2 || !"ADJ".equals(s.tag(i - 1)) || !"NOUN".equals(s.tag(i - 2)) && !"PROPN".equals(s.tag(i - 2))
                || i + 1 >= s.size() || !"DET".equals(s.tag(i + 1))) {
            return false;
        }
        Morph verb = s.morphs().get(i).asVerb();
        return verb.is("ind") && verb.plural() == s.morphs().get(i - 2).plural();
    }

    /**
     * « L'Algérie, que l'Union soviétique a armée pendant trois décennies »: « a » is never a preposition; before a
     * word the dictionary reads as a past participle, it is that participle's auxiliary.
     */
    private static void participleAfterAuxiliary(TaggedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            Morph participle = s.morphs().get(i).asParticiple();
            if ("a".equals(s.word(i - 1)) && "ADP".equals(s.tag(i - 1)) && participle != null
                    && ("NOUN".equals(s.tag(i)) || "ADJ".equals(s.tag(i)))) {
                s.tokens().get(i - 1).setTag("AUX");
                s.tokens().get(i).setTag("VERB");
                s.morphs().set(i, participle);
            }
        }
    }

    static void apply(TaggedSentence s) {
        participleAfterAuxiliary(s);
        for (int i = 1; i < s.size(); i++) {
            String word = s.word(i);
            if (!"NOUN".equals(s.tag(i)) || s.morphs().get(i).asVerb() == null || !word.equals(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean reflexive = REFLEXIVE.contains(s.word(i - 1).toLowerCase(Locale.ROOT));
            if (reflexive) {
                s.tokens().get(i - 1).setTag("PRON");
            }
            if (reflexive || afterName(s, i) || afterNounAndAdjective(s, i) || afterSubjectPronoun(s, i) || afterIncise(s, i)) {
                toVerb(s, i);
                if (NAME_CLITICS.contains(s.word(i - 1).toLowerCase(Locale.ROOT))) {
                    s.tokens().get(i - 1).setTag("PRON");
                }
                if (i + 1 < s.size() && coordinatedVerb(s, i + 1)) {
                    toVerb(s, i + 2);
                }
            }
        }
    }

    private static void toVerb(TaggedSentence s, int i) {
        s.tokens().get(i).setTag("VERB");
        s.morphs().set(i, s.morphs().get(i).asVerb());
    }

    /**
     * « c'est bien l'Inde qui, depuis des décennies, équipe les forces maldiviennes »: a subject pronoun before an
     * incidental phrase between commas, and after it the word, then its object (an article, a pronoun, a name).
     */
    private static boolean afterIncise(TaggedSentence s, int i) {
        if (!",".equals(s.word(i - 1)) || i + 1 >= s.size() || !FOLLOWING_TAGS.contains(s.tag(i + 1))) {
            return false;
        }
        for (int j = i - 2; j >= 1 && j >= i - MAX_INCISE; j--) {
            if (",".equals(s.word(j))) {
                return subjectPronoun(s, j - 1);
            }
        }
        return false;
    }

    private static boolean subjectPronoun(TaggedSentence s, int j) {
        return j >= 0 && "PRON".equals(s.tag(j)) && SUBJECTS.contains(s.word(j).toLowerCase(Locale.ROOT));
    }

    /** « qui lui équipe »: a subject pronoun before the word, with only clitics between. */
    private static boolean afterSubjectPronoun(TaggedSentence s, int i) {
        int j = i - 1;
        while (j >= 0 && CLITICS.contains(s.word(j).toLowerCase(Locale.ROOT))) {
            j--;
        }
        return subjectPronoun(s, j);
    }
}
