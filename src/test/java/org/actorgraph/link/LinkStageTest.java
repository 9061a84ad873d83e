package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.testsupport.AfterParser;
import org.actorgraph.testsupport.HandParsed;
import org.junit.jupiter.api.Test;

/**
 * Stages "link" and "resolve discourse" on sentences parsed by hand: the actors laid over the tokens, and those an
 * argument's phrase stands for. No model is loaded.
 */
class LinkStageTest {
    private static final ActorResolver RESOLVER = new ActorResolver(AfterParser.gazetteer());

    private static IndexedWord node(LinkedSentence s, String word) {
        return s.parsed().graph().vertexListSorted().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
    }

    /** The Wikidata ids of the actors the phrase headed by this word stands for, with its conjuncts. */
    private static List<String> actors(LinkedSentence s, String word) {
        return RESOLVER.resolveWithConjuncts(s, node(s, word)).stream().map(r -> r.actor().qid()).toList();
    }

    @Test
    void mentionsAreLaidOverTheirTokensWhoseNerLabelsBecomeTheActorsKinds() {
        AnnotatedDocument doc = HandParsed.document("""
                1 Erevan PROPN 2 nsubj
                2 achète VERB 0 root
                3 des DET 4 det
                4 Rafale PROPN 2 obj
                5 français ADJ 4 amod
                6 à ADP 7 case
                7 Vladimir PROPN 2 obl:arg
                8 Poutine PROPN 7 flat:name
                9 . PUNCT 2 punct
                """);
        assertEquals("Erevan achète des Rafale français à Vladimir Poutine.", doc.document().text());
        doc.sentences().get(0).token(1).setNER("I-PER");
        LinkedSentence s = AfterParser.link(doc).sentences().get(0);

        assertEquals(List.of("STATE", "O", "O", "WEAPON", "DEMONYM", "O", "PERSON", "PERSON", "O"),
                s.parsed().tokens().stream().map(t -> t.ner()).toList());
        assertEquals("I-PER", s.corenlpNer(1), "CoreNLP's label is kept beside ours");
        assertEquals("Q399", s.mentionAt(1).actor().qid());
        assertEquals(NameForm.capital, s.mentionAt(1).form());
        assertEquals(s.mentionAt(7), s.mentionAt(8), "one mention over both words of the name");
        assertEquals("Q7747", s.mentionAt(8).actor().qid());
        assertNull(s.mentionAt(2));
    }

    @Test
    void anOrganStandsForTheStateItsDemonymOrComplementNames() {
        LinkedSentence s = AfterParser.link(HandParsed.document("""
                1 Le DET 2 det
                2 ministère NOUN 7 nsubj
                3 russe ADJ 2 amod
                4 de ADP 6 case
                5 la DET 6 det
                6 Défense PROPN 2 nmod
                7 accuse VERB 0 root
                8 le DET 9 det
                9 porte-parole NOUN 7 obj
                10 du ADP 11 case
                11 Kremlin PROPN 9 nmod
                12 et CCONJ 14 cc
                13 l' DET 14 det
                14 armée NOUN 9 conj
                15 turque ADJ 14 amod
                16 . PUNCT 7 punct
                """)).sentences().get(0);
        assertEquals(List.of("Q159"), actors(s, "ministère"));
        assertEquals(List.of("Q159", "Q43"), actors(s, "porte-parole"), "the spokesman and the army, each for its state");
    }

    @Test
    void aPronounStandsForTheStateNamedBefore() {
        LinkedDocument d = AfterParser.link(HandParsed.document("""
                1 L' DET 2 det
                2 Arménie PROPN 3 nsubj
                3 achète VERB 0 root
                4 des DET 5 det
                5 radars NOUN 3 obj
                6 . PUNCT 3 punct
                """, """
                1 Elle PRON 2 nsubj
                2 accuse VERB 0 root
                3 Bakou PROPN 2 obj
                4 . PUNCT 2 punct
                """));
        assertEquals(List.of("Q399"), actors(d.sentences().get(1), "Elle"));
    }

    @Test
    void anAcronymDefinedAfterAnOrganIsItsStateWhereverTheDocumentUsesItLater() {
        LinkedDocument d = AfterParser.link(HandParsed.document("""
                1 Les DET 2 det
                2 Forces NOUN 6 nsubj
                3 armées ADJ 2 amod
                4 soudanaises ADJ 2 amod
                5 ( PUNCT 6 punct
                6 FAS PROPN 2 appos
                7 ) PUNCT 6 punct
                8 combattent VERB 0 root
                9 . PUNCT 8 punct
                """, """
                1 Les DET 2 det
                2 FAS PROPN 3 nsubj
                3 accusent VERB 0 root
                4 Abou PROPN 3 obj
                5 Dhabi PROPN 4 flat:name
                6 . PUNCT 3 punct
                """));
        Mention fas = d.sentences().get(1).mentionAt(2);
        assertEquals("Q1049", fas.actor().qid());
        assertEquals(NameForm.capital, fas.form(), "an organ's acronym stands for its state as a seat of power does");
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Abou Dhabi")));
    }

    @Test
    void theInitialsOfALongNameStandForItsActorWithoutADefinition() {
        LinkedDocument d = AfterParser.link(HandParsed.document("""
                1 La DET 3 det
                2 Belize PROPN 3 compound
                3 Defence PROPN 10 nsubj
                4 Force PROPN 3 flat:name
                5 et CCONJ 7 cc
                6 la DET 7 det
                7 Corée PROPN 3 conj
                8 du ADP 9 case
                9 Sud PROPN 7 nmod
                10 patrouillent VERB 0 root
                11 . PUNCT 10 punct
                """, """
                1 La DET 2 det
                2 BDF PROPN 3 nsubj
                3 patrouille VERB 0 root
                4 . PUNCT 3 punct
                """, """
                1 Le DET 2 det
                2 CS PROPN 3 nsubj
                3 patrouille VERB 0 root
                4 . PUNCT 3 punct
                """));
        assertEquals("Q242", d.sentences().get(1).mentionAt(2).actor().qid());
        assertNull(d.sentences().get(2).mentionAt(2), "« Corée du Sud » has two capitalised words: too few for initials");
    }

    @Test
    void aNameNoListHoldsIsALocalActorOfTheKindAndStateItsCueSays() {
        LinkedSentence s = AfterParser.link(HandParsed.document("""
                1 La DET 2 det
                2 société NOUN 6 nsubj
                3 tchèque ADJ 2 amod
                4 Excalibur PROPN 2 appos
                5 Army PROPN 4 flat:name
                6 livre VERB 0 root
                7 des DET 8 det
                8 chars NOUN 6 obj
                9 . PUNCT 6 punct
                """)).sentences().get(0);
        Actor excalibur = s.mentionAt(4).actor();
        assertTrue(excalibur.isLocal(), excalibur::toString);
        assertEquals(ActorKind.Company, excalibur.kind());
        assertEquals("Excalibur Army", excalibur.label());
        assertEquals("Q213", AfterParser.gazetteer().accountable(excalibur).qid(), "a Czech company answers to Czechia");
        assertEquals(List.of(excalibur.qid()), actors(s, "société"), "the company, which its name describes");
    }
}
