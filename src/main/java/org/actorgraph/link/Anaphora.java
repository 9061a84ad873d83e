package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Syntax;
import org.actorgraph.nlp.TaggedSentence;

/**
 * What discourse resolution may read in a sentence that is only tagged, for the parse gate of {@code kg build}: which
 * words may be anaphora and how far back they look ({@link Discourse}, {@link Anaphor}), and whether a document's
 * heading may give it a voice ({@link DocumentVoice}). Keep in step with those classes.
 */
public final class Anaphora {
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private Anaphora() {}

    /**
     * How many sentences back an anaphor of this word and part of speech may look for what it stands for, whatever its
     * place in the parse; 0 when it cannot be one ("le", "la", "les", "l'" are anaphors only as object pronouns, tagged
     * PRON, not as articles). « nous », « notre », « nos » look back at nothing: see {@link #isFirstPerson}.
     */
    public static int window(String word, String tag) {
        // « a-t-elle déclaré »: the inverted subject reads as « elle » (nlp/InvertedSubject)
        String inverted = Syntax.invertedPronoun(word);
        String w = inverted != null ? inverted : word.toLowerCase(Locale.ROOT);
        if (w.equals("y") && ("PRON".equals(tag) || "ADV".equals(tag))) {
            return Discourse.WINDOW; // « ont continué d'y livrer des hélicoptères »: the state named before
        }
        if ("PRON".equals(tag) || "DET".equals(tag)) {
            return switch (w) {
                case "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "celui-ci", "celle-ci" ->
                        Discourse.WINDOW;
                case "le", "la", "l'", "l’", "les" -> "PRON".equals(tag) ? Discourse.WINDOW : 0;
                default -> 0;
            };
        }
        if (!"NOUN".equals(tag) && !"PROPN".equals(tag)) {
            return 0;
        }
        return isDescription(word, tag) ? Discourse.DESCRIPTION_WINDOW
                : w.equals("dernier") || w.equals("dernière") ? Discourse.WINDOW : 0;
    }

    /**
     * « nous », « notre », « nos »: they stand for the document's voice, read from its heading ({@link #voiceLines}),
     * and for nothing in a document without one.
     */
    public static boolean isFirstPerson(String word, String tag) {
        return ("PRON".equals(tag) || "DET".equals(tag)) && switch (word.toLowerCase(Locale.ROOT)) {
            case "nous", "notre", "nos" -> true;
            default -> false;
        };
    }

    /** « son », « leur », « notre »: a determiner that says whose a noun is (french-words possessive, or first person). */
    public static boolean isPossessive(IndexedWord determiner) {
        return determiner != null && (POSSESSIVES.contains(Syntax.lower(determiner)) || isFirstPerson(determiner.word(), determiner.tag()));
    }

    /**
     * How many sentences back a counted description of three or more ("les trois pays", "ces quatre États") looks: a
     * group of that size is rare enough to be taken up from further back than a description is.
     */
    public static final int COUNTED_WINDOW = 12;

    /**
     * « les États-Unis en étaient le fournisseur »: « en » right before a form of « être » may say whose the attribute is
     * (link/Anaphor), taking up a state named before; how many sentences back, or 0 for any other word.
     */
    public static int genitiveCliticWindow(String word, String nextLemma) {
        return "en".equalsIgnoreCase(word) && "être".equals(nextLemma) ? Discourse.WINDOW : 0;
    }

    /**
     * {@link #window(String, String)}, knowing the word before: a description counted three or more by it ("les trois
     * pays") looks back {@link #COUNTED_WINDOW}.
     */
    public static int window(String word, String tag, String before) {
        boolean counted = before != null && Anaphor.count(before.toLowerCase(Locale.ROOT)) >= 3;
        return counted && isDescription(word, tag) ? COUNTED_WINDOW : window(word, tag);
    }

    /** How many sentences back a description ("le pays") looks for what it stands for. */
    public static int descriptionWindow() {
        return Discourse.DESCRIPTION_WINDOW;
    }

    /**
     * Whether a word with this part of speech may head a description ("le pays", "ces deux pays"), whose candidates are
     * weighed by how often the whole document names or refers to them.
     */
    public static boolean isDescription(String word, String tag) {
        return ("NOUN".equals(tag) || "PROPN".equals(tag)) && Anaphor.isStateNoun(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The heading lines that may give the document its voice ({@link DocumentVoice#ofHeadingLine}): among the first
     * {@value DocumentVoice#HEADING_LINES} lines, those before the first that ends like a sentence which hold a word
     * of a speaking organ (« Communiqué du ministère de la Défense de l'Ukraine », a cable's « De : Tel-Aviv
     * (Ambassade de France) » under its « TÉLÉGRAMME À L'ARRIVÉE »).
     */
    public static BitSet voiceLines(List<TaggedSentence> sentences) {
        BitSet out = new BitSet();
        for (int i = 0; i < Math.min(DocumentVoice.HEADING_LINES, sentences.size()) && isHeading(sentences.get(i)); i++) {
            // (and a byline, « Par la rédaction du Tambour de Bangui », which may name the newsroom's country)
            out.set(i, holdsSpeakingOrgan(sentences.get(i)) || i > 0 && DocumentVoice.opensByline(sentences.get(i).word(0)));
        }
        return out;
    }

    /** Whether a line does not end like a sentence ({@link DocumentVoice#isHeading}, on a line only tagged). */
    private static boolean isHeading(TaggedSentence s) {
        return s.size() > 0 && !DocumentVoice.endsSentence(s.word(s.size() - 1));
    }

    /** Whether a heading line holds a word of a speaking organ, and so may give the document its voice. */
    private static boolean holdsSpeakingOrgan(TaggedSentence line) {
        for (int t = 0; t < line.size(); t++) {
            // Whatever its tag: the parse repairs may retag it.
            if (DocumentVoice.isSpeakingOrgan(line.lemma(t)) || DocumentVoice.isSpeakingOrgan(line.word(t))) {
                return true;
            }
        }
        return false;
    }
}
