package org.actorgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.actorgraph.ingest.Dateline;
import org.actorgraph.ingest.Document;

/**
 * Stage "annotate": runs the shared CoreNLP French pipeline but its parser over a document (its dateline and a
 * transcript's speaker labels left out, {@link SpeakerLabels}): tokenize, ssplit, mwt, pos and NER; and reads each
 * token's lemma and morphology ({@link Lemmatizer}), which CoreNLP's French models lack. Stage "parse"
 * ({@link Parse}) runs the parser on the sentences the parse gate chose, over the same blanked text.
 */
public final class Annotate {
    private static final Pattern COMPOUND_NUMERAL = Pattern.compile(
            "(?iu)(?<![\\p{L}-])(vingt|trente|quarante|cinquante|soixante) et (une?|onze)(?![\\p{L}])");
    /** The space after a designation that ends on letters and a full stop (« MH-60R. », « Su-30MKI. »), before a capital. */
    private static final Pattern AFTER_DESIGNATION = Pattern.compile("(?<=\\d\\p{Lu}{1,3}\\.) (?=\\p{Lu})");
    private static final Pattern NAME_APOSTROPHE = Pattern.compile("(?<=(?<![\\p{L}])[\\p{Lu}&&[^CDJLMST]])'(?=\\p{Lu}\\p{Ll})");
    private final FrenchPipeline nlp;
    private final Lemmatizer lemmatizer;

    public Annotate(FrenchPipeline nlp, Lemmatizer lemmatizer) {
        this.nlp = nlp;
        this.lemmatizer = lemmatizer;
    }

    public TaggedDocument apply(Document doc) {
        // Left in, the dateline becomes part of the first sentence, its city the subject, and a transcript's
        // « Question (télévision japonaise) : » an actor, and a list's bullet the root; blanked, offsets hold.
        FrenchPipeline.Tagged t = nlp.tag(sentenceAfterDesignation(joinedNumerals(straightApostrophes(
                ListBullets.blank(SpeakerLabels.blank(Dateline.blank(doc.text())))))));
        List<TaggedSentence> sentences = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            TaggedSentence s = new TaggedSentence(i, t.begin(i), t.end(i), t.tokens(i), lemmatizer.analyze(t.tokens(i)));
            VerbAfterSubjectPronoun.apply(s);
            NounTakenForVerb.apply(s);
            CaseTakenForVerb.apply(s);
            VerbWithoutNounReading.apply(s);
            UnknownAdjectiveTakenForVerb.apply(s);
            UnknownAuxiliary.apply(s);
            CapitalisedAdjectiveAsNoun.apply(s);
            ArticleAfterParticiple.apply(s, lemmatizer);
            ParticipleTakenForNoun.apply(s, lemmatizer);
            GerundAfterClitic.apply(s, lemmatizer);
            AdjectiveTakenForFiniteVerb.apply(s, lemmatizer);
            ImperativeOpening.apply(s);
            sentences.add(s);
        }
        return new TaggedDocument(doc, t, sentences);
    }

    /**
     * CoreNLP's French tokenizer and tagger know "l'" but not "l’" (tagged a preposition, its noun then an oblique);
     * the typographic apostrophe is straightened, one character for one, so offsets hold. Inside a name
     * (« N'Djamena »: a capital that is no elided article or pronoun such as « L' », the apostrophe, a capital) it becomes the modifier letter ʼ, which the tokenizer keeps
     * within the word: split, « N' » is read as the negation and the parser loses the name.
     */
    static String straightApostrophes(String text) {
        return NAME_APOSTROPHE.matcher(text.replace('\u2019', '\'').replace('\u02BC', '\'')).replaceAll("\u02BC");
    }

    /**
     * « … quatre hélicoptères MH-60R. Washington reproche … »: the tokenizer takes the letter and its full stop for an
     * initial (« R. Washington ») and runs the two sentences into one. A line break in place of the space after it ends
     * the sentence there (the pipeline breaks sentences at line ends), one character for one.
     */
    static String sentenceAfterDesignation(String text) {
        return AFTER_DESIGNATION.matcher(text).replaceAll("\n");
    }

    /**
     * « trente et un drones »: the parser reads a compound numeral written with spaces as a number, « et » and an
     * article, and makes the noun a conjunct of something else. Written as the 1990 spelling allows
     * (« trente-et-un », one character for one, so offsets hold), it is one number.
     */
    static String joinedNumerals(String text) {
        return COMPOUND_NUMERAL.matcher(text).replaceAll(m -> m.group(1) + "-et-" + m.group(2));
    }
}
