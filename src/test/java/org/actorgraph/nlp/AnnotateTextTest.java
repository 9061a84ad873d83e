package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What stage "annotate" rewrites in the text before the tagger, one character for one so that offsets hold. */
class AnnotateTextTest {
    @Test
    void anApostropheInsideANameBecomesALetterAndElidedWordsKeepTheirs() {
        assertRewrittenOneForOne(Annotate::straightApostrophes,
                "L'Inde a livré à N’Djamena des obus ; d'après Paris, l’armée N'Diaye",
                "L'Inde a livré à N\u02BCDjamena des obus ; d'après Paris, l'armée N\u02BCDiaye");
    }

    @Test
    void aSentenceEndingOnADesignationWithALetterEndsThere() {
        assertRewrittenOneForOne(Annotate::sentenceAfterDesignation,
                "Athènes a commandé quatre MH-60R. Washington reproche à Ankara ses S-400. M. Dupont, J. R. Martin et le F-16V sont là.",
                "Athènes a commandé quatre MH-60R.\nWashington reproche à Ankara ses S-400. M. Dupont, J. R. Martin et le F-16V sont là.");
    }

    @Test
    void aCompoundNumeralWithSpacesIsJoinedByHyphens() {
        assertRewrittenOneForOne(Annotate::joinedNumerals,
                "Trente et un drones, soixante et onze chars et vingt et une frégates, mais vingt et le reste.",
                "Trente-et-un drones, soixante-et-onze chars et vingt-et-une frégates, mais vingt et le reste.");
    }

    /** The rewrite gives the expected text, one character for one so that offsets hold. */
    private static void assertRewrittenOneForOne(UnaryOperator<String> rewrite, String text, String expected) {
        String out = rewrite.apply(text);
        assertEquals(text.length(), out.length());
        assertEquals(expected, out);
    }
}
