package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void datelineIsBlankedKeepingOffsetsAndGivesTheDate() {
        String text = "KAZAN (Russie), 24 octobre 2024 - Vladimir Poutine a clos jeudi un sommet.";
        String blanked = Dateline.blank(text);
        assertEquals(text.length(), blanked.length());
        assertTrue(blanked.strip().startsWith("Vladimir Poutine"), blanked);
        assertEquals(text.indexOf("Vladimir"), blanked.indexOf("Vladimir"));
        assertEquals("2024-10-24", Dateline.date(text));
        assertNull(Dateline.undatedCity(text));
        assertEquals("2020-10-02", Dateline.date("EREVAN, 2 octobre 2020 - L’Arménie a accusé vendredi l’Azerbaïdjan."));
    }

    @Test
    void aDatelineWithoutYearIsBlankedAndGivesNoDate() {
        String text = "AMMAN, 26 octobre (Agence arabe de presse) - La Jordanie a reçu mercredi six chars.";
        String blanked = Dateline.blank(text);
        assertEquals(text.length(), blanked.length());
        assertTrue(blanked.strip().startsWith("La Jordanie"), blanked);
        assertNull(Dateline.date(text));
        assertEquals("AMMAN", Dateline.undatedCity(text));
    }

    @Test
    void textWithoutDatelineIsLeftAlone() {
        String text = "Paris a intensifié sa coopération militaire avec Erevan.";
        assertEquals(text, Dateline.blank(text));
        assertNull(Dateline.date(text));
        String notAMonth = "PARIS, 3 mardis 2024 - Rien.";
        assertEquals(notAMonth, Dateline.blank(notAMonth));
        assertNull(Dateline.date(notAMonth));
    }

    @Test
    void aDatelineOpeningTheParagraphAfterTheTitleIsBlankedTooAndTheTitleKept() {
        String text = "Érythrée : Asmara dénonce\n\nNAIROBI, 13 novembre 2021 (Agence Corne Info) — Le gouvernement a dénoncé.";
        String blanked = Dateline.blank(text);
        assertEquals(text.length(), blanked.length());
        assertTrue(blanked.startsWith("Érythrée : Asmara dénonce\n\n"), blanked);
        assertEquals(text.indexOf("Le gouvernement"), blanked.indexOf("Le gouvernement"));
        assertTrue(!blanked.contains("NAIROBI"), blanked);
        assertEquals("2021-11-13", Dateline.date(text));
        String deeper = "Titre\n\nUn paragraphe.\n\nNAIROBI, 13 novembre 2021 — Plus loin.";
        assertEquals(deeper, Dateline.blank(deeper));
    }
}
