package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A list item's opening bullet is blanked, one space for one character; a dash inside a line is kept. */
class ListBulletsTest {
    @Test
    void theBulletThatOpensAnItemIsBlanked() {
        String text = "Fournisseurs\n– Un don chinois a été suspendu.\n- Moscou livre.\n• Pékin patiente.";
        String blanked = ListBullets.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals(List.of("Fournisseurs", "Un don chinois a été suspendu.", "Moscou livre.", "Pékin patiente."),
                blanked.lines().map(String::strip).toList());
    }

    @Test
    void aDashInsideALineOrBeforeANumberIsKept() {
        String text = "Le Mi-24 – un hélicoptère soviétique – a été livré.\n-5 % en un an.";
        assertEquals(text, ListBullets.blank(text));
    }
}
