package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The turn labels of a transcript are blanked, one space for one character; other colons are left alone. */
class SpeakerLabelsTest {
    @Test
    void aTurnLabelAtTheStartOfALineIsBlanked() {
        String text = "Point de presse\n\nQuestion (télévision japonaise) : Washington arme Taïwan.\nPorte-parole : La Chine déplore.";
        String blanked = SpeakerLabels.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("Washington arme Taïwan.", blanked.lines().toList().get(2).strip());
        assertEquals("La Chine déplore.", blanked.lines().toList().get(3).strip());
    }

    @Test
    void aColonInsideASentenceOrAfterAnotherWordIsKept() {
        String text = "La question est simple : Paris livre-t-il des Rafale ?\nLe ministre : « Nous livrerons. »";
        assertEquals(text, SpeakerLabels.blank(text));
    }
}
