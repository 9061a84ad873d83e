package org.actorgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.testsupport.AfterParser;
import org.actorgraph.testsupport.HandParsed;
import org.junit.jupiter.api.Test;

/**
 * Sentences parsed by hand through the stages after the parser (repair parse, link, resolve discourse, extract,
 * qualify, lift) with the bundled gazetteer, rules and cues: no model is loaded.
 */
class HandParsedExtractionTest {

    /** The events of a relation in sentences parsed by hand, as {@link #events(AnalyzedDocument, Relation)} gives them. */
    private static List<String> events(Relation relation, String... sentences) {
        return events(AfterParser.analyze(HandParsed.document(sentences)), relation);
    }

    /** The events of a relation, as "FROM > TO Modality" with the states' labels. */
    private static List<String> events(AnalyzedDocument a, Relation relation) {
        return a.events().stream().filter(e -> e.relation() == relation)
                .map(e -> e.fromState().label() + " > " + e.toState().label() + " " + e.modality()).toList();
    }

    /** What the rules did in each sentence, for a failure's message. */
    private static String why(AnalyzedDocument a) {
        return a.traces().stream().map(t -> t.entries().toString()).toList().toString();
    }

    private static String blocked(AnalyzedDocument a) {
        return a.traces().stream().flatMap(t -> t.entries().stream()).map(Trace.Entry::outcome)
                .filter(o -> o.startsWith("blocked")).findFirst().orElse("");
    }

    @Test
    void aStateDeliveringRadarsToAnotherSellsItArms() {
        AnalyzedDocument a = AfterParser.analyze(HandParsed.document("""
                1 La DET 2 det
                2 France PROPN 3 nsubj
                3 livre VERB 0 root
                4 des DET 5 det
                5 radars NOUN 3 obj
                6 à ADP 8 case
                7 l' DET 8 det
                8 Arménie PROPN 3 obl:arg
                9 . PUNCT 3 punct
                """));
        assertEquals(List.of("France > Arménie Asserted"), events(a, Relation.SELLS_ARMS_TO), () -> why(a));
        assertTrue(a.events().get(0).isAsserted());
    }

    @Test
    void aNegatedDeliveryIsNoSale() {
        AnalyzedDocument a = AfterParser.analyze(HandParsed.document("""
                1 La DET 2 det
                2 France PROPN 4 nsubj
                3 ne ADV 4 advmod
                4 livre VERB 0 root
                5 pas ADV 4 advmod
                6 de DET 7 det
                7 radars NOUN 4 obj
                8 à ADP 10 case
                9 l' DET 10 det
                10 Arménie PROPN 4 obl:arg
                11 . PUNCT 4 punct
                """));
        assertEquals(List.of("France > Arménie Negated"), events(a, Relation.SELLS_ARMS_TO));
        assertTrue(a.events().stream().noneMatch(RelationEvent::isAsserted));
    }

    @Test
    void aDeliveryOfWhatIsNotMaterielIsNoSale() {
        AnalyzedDocument a = AfterParser.analyze(HandParsed.document("""
                1 La DET 2 det
                2 France PROPN 3 nsubj
                3 livre VERB 0 root
                4 des DET 5 det
                5 céréales NOUN 3 obj
                6 à ADP 8 case
                7 l' DET 8 det
                8 Arménie PROPN 3 obl:arg
                9 . PUNCT 3 punct
                """));
        assertEquals(List.of(), events(a, Relation.SELLS_ARMS_TO));
        assertEquals("blocked: 'céréales' is not military materiel", blocked(a));
    }

    @Test
    void aPassiveDeliveryHasItsAgentForSupplier() {
        assertEquals(List.of("France > Arménie Asserted"), events(Relation.SELLS_ARMS_TO, """
                1 Des DET 2 det
                2 radars NOUN 5 nsubj:pass
                3 ont AUX 5 aux
                4 été AUX 5 aux:pass
                5 livrés VERB 0 root
                6 à ADP 8 case
                7 l' DET 8 det
                8 Arménie PROPN 5 obl:arg
                9 par ADP 11 case
                10 la DET 11 det
                11 France PROPN 5 obl:agent
                12 . PUNCT 5 punct
                """));
    }

    @Test
    void aCapitalAccusingAnotherIsItsStateAccusingTheOther() {
        assertEquals(List.of("Azerbaïdjan > France Asserted"), events(Relation.ACCUSES, """
                1 Bakou PROPN 2 nsubj
                2 accuse VERB 0 root
                3 Paris PROPN 2 obj
                4 d' ADP 5 mark
                5 attiser VERB 2 xcomp
                6 le DET 7 det
                7 conflit NOUN 5 obj
                8 . PUNCT 2 punct
                """));
    }

    @Test
    void theSpokesmanOfAnOrganAccusesForItsState() {
        assertEquals(List.of("Russie > Ukraine Asserted"), events(Relation.ACCUSES, """
                1 Le DET 2 det
                2 porte-parole NOUN 7 nsubj
                3 de ADP 5 case
                4 la DET 5 det
                5 diplomatie NOUN 2 nmod
                6 russe ADJ 5 amod
                7 accuse VERB 0 root
                8 Kiev PROPN 7 obj
                9 . PUNCT 7 punct
                """));
    }

    @Test
    void aPronounTakesUpTheStateNamedInTheSentenceBefore() {
        assertEquals(List.of("France > Arménie Asserted"), events(Relation.SELLS_ARMS_TO, """
                1 La DET 2 det
                2 France PROPN 3 nsubj
                3 soutient VERB 0 root
                4 l' DET 5 det
                5 Arménie PROPN 3 obj
                6 . PUNCT 3 punct
                """, """
                1 Elle PRON 3 nsubj
                2 lui PRON 3 iobj
                3 livre VERB 0 root
                4 des DET 5 det
                5 radars NOUN 3 obj
                6 . PUNCT 3 punct
                """));
    }

    @Test
    void aVerbTheParserReadAsPartOfANameIsRepairedIntoATrigger() {
        AnalyzedDocument a = AfterParser.analyze(HandParsed.document("""
                1 Washington PROPN 0 root
                2 arme NOUN 1 flat:name
                3 Taipei PROPN 1 flat:name
                4 . PUNCT 1 punct
                """));
        assertEquals(List.of("États-Unis > Taïwan Asserted"), events(a, Relation.SELLS_ARMS_TO), () -> why(a));
    }
}
