package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/**
 * Repairs of lists of names, of coordinated adjectives and nouns, of a restated period and of « auprès de », on
 * dependency graphs written as the parser gave them: no model is loaded.
 */
class CoordinationAndSourceRepairsTest {

    @Test
    void aListOfNamesWithDeOnOneNounIsOneCoordination() {
        SemanticGraph g = Conll.parse("""
                1 les DET 2 det
                2 ministres NOUN 14 nsubj ministre
                3 de ADP 5 case
                4 le DET 5 det
                5 Burkina PROPN 2 nmod
                6 , PUNCT 2 punct
                7 de ADP 9 case
                8 le DET 9 det
                9 Mali PROPN 2 nmod
                10 et CCONJ 13 cc
                11 de ADP 13 case
                12 le DET 13 det
                13 Niger PROPN 9 conj
                14 condamné VERB 0 root condamner
                """);
        ParseRepairs.apply(g);
        assertEquals("Mali<-conj-Burkina", Conll.attachment(g, "Mali"));
        assertEquals("Niger<-conj-Burkina", Conll.attachment(g, "Niger"));
    }

    @Test
    void twoNamesWithDeOnOneNounAreNotAList() {
        SemanticGraph g = Conll.parse("""
                1 les DET 2 det
                2 ministres NOUN 10 nsubj ministre
                3 de ADP 5 case
                4 le DET 5 det
                5 Mali PROPN 2 nmod
                6 , PUNCT 2 punct
                7 de ADP 9 case
                8 le DET 9 det
                9 Niger PROPN 2 nmod
                10 condamné VERB 0 root condamner
                """);
        ParseRepairs.apply(g);
        assertEquals("Niger<-nmod-ministres", Conll.attachment(g, "Niger"));
    }

    @Test
    void aDeComplementAfterCoordinatedAdjectivesIsTheNouns() {
        SemanticGraph g = Conll.parse("""
                1 la DET 2 det
                2 Russie PROPN 3 nsubj
                3 demeure VERB 0 root demeurer
                4 le DET 5 det
                5 fournisseur NOUN 3 obj fournisseur
                6 historique ADJ 5 amod historique
                7 et CCONJ 9 cc
                8 presque ADV 9 advmod
                9 exclusif ADJ 5 conj exclusif
                10 de ADP 12 case
                11 les DET 12 det
                12 forces NOUN 9 obl:arg force
                """);
        ParseRepairs.apply(g);
        assertEquals("forces<-nmod-fournisseur", Conll.attachment(g, "forces"));
    }

    @Test
    void anAdjectiveThatTakesDeKeepsItsComplement() {
        SemanticGraph g = Conll.parse("""
                1 un DET 2 det
                2 pays NOUN 0 root pays
                3 pauvre ADJ 2 amod pauvre
                4 et CCONJ 5 cc
                5 dépendant ADJ 2 conj dépendant
                6 de ADP 7 case
                7 Moscou PROPN 5 obl:arg
                """);
        ParseRepairs.apply(g);
        assertEquals("Moscou<-obl:arg-dépendant", Conll.attachment(g, "Moscou"));
    }

    @Test
    void aNounAfterAnAdjectiveCoordinatedWithTheFirstNounsIsCoordinatedWithIt() {
        SemanticGraph g = Conll.parse("""
                1 Partenaire NOUN 12 dep partenaire
                2 militaire ADJ 1 amod militaire
                3 traditionnel ADJ 1 amod traditionnel
                4 et CCONJ 5 cc
                5 principal ADJ 3 conj principal
                6 pourvoyeur NOUN 1 appos pourvoyeur
                7 de ADP 8 case
                8 armes NOUN 6 nmod arme
                9 , PUNCT 12 punct
                10 l' DET 11 det
                11 Inde PROPN 12 nsubj
                12 offert VERB 0 root offrir
                """);
        ParseRepairs.apply(g);
        assertEquals("pourvoyeur<-conj-Partenaire", Conll.attachment(g, "pourvoyeur"));
        assertEquals("principal<-amod-pourvoyeur", Conll.attachment(g, "principal"));
        assertEquals("et<-cc-pourvoyeur", Conll.attachment(g, "et"));
    }

    @Test
    void aPeriodRestatedByCelaIsTheVerbBeforeIts() {
        SemanticGraph g = Conll.parse("""
                1 Nous PRON 2 nsubj
                2 avons AUX 0 root avoir
                3 , PUNCT 2 punct
                4 et CCONJ 7 cc
                5 leur DET 6 det
                6 équipement NOUN 7 nsubj équipement
                7 vient VERB 2 conj venir
                8 de ADP 9 case
                9 Delhi PROPN 7 obl
                10 , PUNCT 2 punct
                11 et CCONJ 12 cc
                12 cela PRON 2 conj cela
                13 depuis ADP 15 case
                14 l' DET 15 det
                15 indépendance NOUN 12 nmod indépendance
                """);
        ParseRepairs.apply(g);
        assertEquals("indépendance<-obl-vient", Conll.attachment(g, "indépendance"));
    }

    @Test
    void aupresDeAfterAParticipleIsThatParticiples() {
        SemanticGraph g = Conll.parse("""
                1 drones NOUN 0 root drone
                2 exhibés VERB 1 acl exhiber m,p,ppa
                3 , PUNCT 5 punct
                4 les DET 5 det
                5 appareils NOUN 2 obj appareil
                6 acquis VERB 5 acl acquérir m,p,ppa
                7 par ADP 9 case
                8 l' DET 9 det
                9 armée NOUN 6 obl:agent armée
                10 auprès ADV 13 case
                11 de ADP 10 fixed
                12 la DET 13 det
                13 Turquie PROPN 5 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Turquie<-obl-acquis", Conll.attachment(g, "Turquie"));
    }
}
