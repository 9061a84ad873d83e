package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What stage "annotate" rewrites in the text before the tagger, one character for one so that offsets hold. */
class AnnotateTextTest {
    @Test
    void anApostropheInsideANameBecomesALetterAndElidedWordsKeepTheirs() {
        String text = "L'Inde a livré à N’Djamena des obus ; d'après Paris, l’armée N'Diaye";
        String out = Annotate.straightApostrophes(text);
        assertEquals(text.length(), out.length());
        assertEquals("L'Inde a livré à N\u02BCDjamena des obus ; d'après Paris, l'armée N\u02BCDiaye", out);
    }

    @Test
    void aSentenceEndingOnADesignationWithALetterEndsThere() {
        String text = "Athènes a commandé quatre MH-60R. Washington reproche à Ankara ses S-400. M. Dupont, J. R. Martin et le F-16V sont là.";
        String out = Annotate.sentenceAfterDesignation(text);
        assertEquals(text.length(), out.length());
        assertEquals("Athènes a commandé quatre MH-60R.\nWashington reproche à Ankara ses S-400. M. Dupont, J. R. Martin et le F-16V sont là.", out);
    }

    @Test
    void aCompoundNumeralWithSpacesIsJoinedByHyphens() {
        String text = "Trente et un drones, soixante et onze chars et vingt et une frégates, mais vingt et le reste.";
        String out = Annotate.joinedNumerals(text);
        assertEquals(text.length(), out.length());
        assertEquals("Trente-et-un drones, soixante-et-onze chars et vingt-et-une frégates, mais vingt et le reste.", out);
    }
}
