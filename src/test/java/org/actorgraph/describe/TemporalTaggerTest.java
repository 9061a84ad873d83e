package org.actorgraph.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.testsupport.SharedResources;
import org.junit.jupiter.api.Test;

/**
 * HeidelTime as the describe stage runs it: on CoreNLP's sentences and tokens, news style, against the document's
 * date; with the two French rule gaps patched; one annotator per thread; the JVM's locale left alone.
 */
class TemporalTaggerTest {
    private static final LocalDate DCT = LocalDate.of(2024, 3, 15);
    private static final TemporalTagger TAGGER = SharedResources.get().time();

    private static List<ParsedSentence> parse(String text) {
        return SharedResources.pipeline().analyze(new Document("t", text, null, null, null, null, "test")).sentences()
                .stream().map(LinkedSentence::parsed).toList();
    }

    /** "text=value" for each expression found. */
    private static List<String> tag(String text, LocalDate dct) {
        return TAGGER.tag(text, parse(text), dct).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void explicitAndRelativeDatesAgainstTheDocumentsDate() {
        assertEquals(List.of("2019=2019", "l'été dernier=2023-SU"),
                tag("Les obusiers commandés en 2019 ont été livrés l'été dernier.", DCT));
        assertEquals(List.of("Le 12 mars 2022=2022-03-12"), tag("Le 12 mars 2022, Berlin a annoncé l'envoi de chars.", DCT));
        assertEquals(List.of("l'an prochain=2025"), tag("La livraison est attendue l'an prochain.", DCT));
        // The tense of the verb says which January: past here, next year's in a future sentence.
        assertEquals(List.of("janvier=2024-01"), tag("Les premiers Rafale sont arrivés en janvier.", DCT));
        assertEquals(List.of("mai=2024-05"), tag("Les chars seront livrés en mai.", LocalDate.of(2024, 3, 15)));
        // A conditional reads as present-or-future (HeidelTime's French rules have no conditional)...
        assertEquals(List.of("octobre=2024-10"), tag("Les chars seraient livrés en octobre.", DCT));
        // ...but HeidelTime takes the whole sentence as past as soon as a compound past comes before the date (its
        // "VER:pres VER:pper" check): a limit of its French tense heuristic, kept as it is.
        assertEquals(List.of("octobre=2023-10"), tag("Le ministre a annoncé que les chars seraient livrés en octobre.", DCT));
    }

    @Test
    void theTwoPatchedRulesOfFrench() {
        // date_r19b normalised « trois » as the word itself ("2024-MINUS-trois"), which resolved to nothing
        assertEquals(List.of("il y a trois ans=2021"), tag("Le contrat a été signé il y a trois ans.", DCT));
        // « le mois dernier », « la semaine prochaine » had no rule
        assertEquals(List.of("le mois dernier=2024-02"), tag("Les drones ont été livrés le mois dernier.", DCT));
        assertEquals(List.of("le mois dernier=2023-12"), tag("Les drones ont été livrés le mois dernier.",
                LocalDate.of(2024, 1, 10)));
    }

    @Test
    void durationsAreFoundToo() {
        assertEquals(List.of("janvier=2024-01", "trois ans=P3Y"),
                tag("Les premiers Rafale sont arrivés en janvier, trois ans après la commande.", DCT));
    }

    @Test
    void withoutTheDocumentsDateOnlyWhatNamesItsYearIsKept() {
        assertEquals(List.of("2019=2019"), tag("Les obusiers commandés en 2019 ont été livrés l'été dernier.", null));
        assertEquals(List.of("trois ans=P3Y"), tag("Les chars sont arrivés trois ans après la commande.", null));
    }

    @Test
    void oneAnnotatorPerThreadGivesTheSameAnswersAsOne() throws Exception {
        List<String> texts = List.of("Les obusiers commandés en 2019 ont été livrés l'été dernier.",
                "Le contrat a été signé il y a trois ans, la livraison est prévue l'an prochain.",
                "Le 12 mars 2022, Berlin a annoncé l'envoi de chars.", "Les drones ont été livrés le mois dernier.");
        List<List<ParsedSentence>> parsed = texts.stream().map(TemporalTaggerTest::parse).toList();
        List<List<Timex>> expected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            expected.add(TAGGER.tag(texts.get(i), parsed.get(i), DCT));
        }
        Locale before = Locale.getDefault();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                final int offset = k;
                runs.add(pool.submit(() -> {
                    for (int r = 0; r < 20; r++) {
                        int i = (r + offset) % texts.size();
                        if (!TAGGER.tag(texts.get(i), parsed.get(i), DCT).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertTrue(f.get(), "a thread's answer differs from the sequential one");
            }
        } finally {
            pool.shutdown();
        }
        // HeidelTime's initialisation sets the JVM's default locale to en_GB; each new thread's annotator must not.
        assertEquals(before, Locale.getDefault());
    }
}
