package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Model codes used alone after a weapon's full name, on text and mentions written by hand: no model is loaded. */
class ShortModelNamesTest {
    private static final Actor MIRAGE = new Actor("Q1", ActorKind.WeaponSystem, "Mirage F1", "Mirage F1", "Q142");
    private static final Actor YEAR_NAMED = new Actor("Q2", ActorKind.WeaponSystem, "Mirage 2000", "Mirage 2000", "Q142");

    private static List<String> found(String text, Mention... listed) {
        return ShortModelNames.find(text, List.of(listed)).stream().map(m -> m.text() + "@" + m.begin()).toList();
    }

    @Test
    void theCodeAloneOrWithAVariantsSuffixNamesTheWeaponAfterItsFullName() {
        String text = "Le F1 de 1973. Le Mirage F1 vole. Pretoria reçoit ses F1CZ, le Qatar ses F1.";
        Mention full = new Mention(18, 27, "Mirage F1", MIRAGE, NameForm.name);
        assertEquals(List.of("F1CZ@54", "F1@73"), found(text, full));
    }

    @Test
    void aLastWordWithoutLettersIsNoCode() {
        String text = "Le Mirage 2000 vole ; en 2000, il vole encore.";
        assertEquals(List.of(), found(text, new Mention(3, 14, "Mirage 2000", YEAR_NAMED, NameForm.name)));
    }
}
