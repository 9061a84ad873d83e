package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** Part of stage "extract": arguments in a theme's slot that never name what the trigger transfers. */
final class NotTheme {
    private static final Set<String> TIME_WORDS = FrenchWords.list("time-word");
    private static final Set<String> MANNER_NOUNS = FrenchWords.list("manner-noun");
    private static final Set<String> LOCUTION_NOUNS = FrenchWords.list("locution-noun");
    private static final Set<String> EN_LOCUTION_NOUNS = FrenchWords.list("en-locution-noun");
    private static final Set<String> ASIDE_NOUNS = FrenchWords.list("aside-noun");
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private static final Set<String> REGAINING = FrenchWords.list("regaining-verb");

    private NotTheme() {}

    /** A number or a date (« en 1952 », « en a cédé six »), how it is done (« de façon exclusive »), an adverb (« de toujours »). */
    static boolean circumstance(IndexedWord node) {
        return numberOrDate(node) || "ADV".equals(node.tag()) || MANNER_NOUNS.contains(Morph.lemma(node));
    }

    /**
     * « des trente-quatre commandés aux États-Unis », « les douze livrés »: a number with a plural article and no noun
     * (nor a name under it: « les douze A-29 … livrés »)
     * stands for the noun named before it, not for a quantity or a date (« le 6 juillet », « en 2018 »).
     */
    static boolean numberForItsNoun(SemanticGraph g, IndexedWord node) {
        IndexedWord det = Syntax.child(g, node, "det");
        return "NUM".equals(node.tag()) && det != null && Morph.of(det).plural() && !ClauseScope.YEAR.matcher(node.word()).matches()
                && g.getChildren(node).stream().noneMatch(c -> TIME_WORDS.contains(Morph.lemma(c)) || Syntax.isNoun(c));
    }

    /**
     * « Maurice récupère son patrouilleur Barracuda » (after a refit abroad): what a verb of getting back (french-words
     * regaining-verb) takes with a possessive is the taker's own, not a transfer.
     */
    static boolean ownGotBack(SemanticGraph g, IndexedWord trigger, List<IndexedWord> themes) {
        return REGAINING.contains(Morph.lemma(trigger)) && themes.stream().anyMatch(t -> {
            IndexedWord det = Syntax.child(g, t, "det");
            return det != null && POSSESSIVES.contains(Syntax.lower(det));
        });
    }

    /** A number or a date: it says when or how many, so it names no theme, and no recipient either (« a cédé en 2013-2014 »). */
    static boolean numberOrDate(IndexedWord node) {
        return "NUM".equals(node.tag()) || TIME_WORDS.contains(Morph.lemma(node));
    }

    /**
     * « cédés au titre d'un programme », « à la demande de Kiev », « en vertu d'un accord »: a noun that makes a compound
     * preposition with « à » or « en » and « de » says under what or why, not to whom nor what; « pour sa part », « de son côté » are asides on the subject.
     */
    static boolean locution(SemanticGraph g, IndexedWord node) {
        // « Pékin a pour sa part offert des Y-12 »: an aside on the subject
        IndexedWord det = Syntax.child(g, node, "det");
        if (ASIDE_NOUNS.contains(Morph.lemma(node)) && det != null && POSSESSIVES.contains(Syntax.lower(det))) {
            return true;
        }
        String preposition = PrepositionSlots.prepositionSlot(g, node);
        boolean compound = LOCUTION_NOUNS.contains(Morph.lemma(node)) && "à".equals(preposition)
                || EN_LOCUTION_NOUNS.contains(Morph.lemma(node)) && "en".equals(preposition);
        return compound && g.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("nmod")
                        && "de".equals(PrepositionSlots.prepositionSlot(g, e.getDependent())));
    }

    /** « remis à niveau », « vendus à crédit »: a bare common noun after « à » makes an adverbial phrase, not a recipient. */
    static boolean adverbialWithA(SemanticGraph g, IndexedWord node) {
        return "NOUN".equals(node.tag()) && "à".equals(Syntax.caseWord(g, node)) && Syntax.child(g, node, "det") == null
                && Syntax.child(g, node, "nummod") == null && Syntax.child(g, node, "amod") == null;
    }

    /** "comme nulle autre en Asie du Sud-Est": a name after « en » that names no weapon is a place, not what is supplied. */
    static boolean placeAfterEn(Arguments.Arg a, Mention m) {
        return a.slot().equals("en") && "PROPN".equals(a.node().tag()) && (m == null || !m.actor().isWeapon());
    }
}
