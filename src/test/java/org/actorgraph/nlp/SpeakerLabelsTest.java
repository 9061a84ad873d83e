package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aRoleInCapitalsAndALiveBlogTimeAreBlanked() {
        String text = "PRÉSENTATRICE : La Russie reste le premier partenaire de Bamako ?\n07 h 35 - Islamabad accuse l'Inde.\n14h05 – Paris livre.";
        List<String> lines = SpeakerLabels.blank(text).lines().map(String::strip).toList();
        assertEquals(List.of("La Russie reste le premier partenaire de Bamako ?", "Islamabad accuse l'Inde.", "Paris livre."), lines);
    }

    @Test
    void aNumberOrAShortAcronymOpeningASentenceIsKept() {
        String text = "ONU : le Conseil condamne.\n12 chars ont été livrés - selon Kiev.\nEn 2023 : Paris livre.";
        assertEquals(text, SpeakerLabels.blank(text));
    }
}
