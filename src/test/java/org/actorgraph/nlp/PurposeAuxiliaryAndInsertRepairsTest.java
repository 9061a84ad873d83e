package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of fronted purpose clauses, auxiliaries, appositions after a relative clause and objects after an insert (round 66). */
class PurposeAuxiliaryAndInsertRepairsTest {

    @Test
    void aFrontedPurposeInfinitiveMadeTheRootGivesWayToTheMainVerbAfterTheComma() {
        // Pour combler le vide laissé dans la marine, le gouvernement a acheté en 2022, auprès du chantier italien Fincantieri, deux corvettes neuves.
        SemanticGraph g = Conll.parse("""
                1 Pour ADP 2 mark pour
                2 combler VERB 0 root combler inf
                3 le DET 4 det le m,s
                4 vide NOUN 2 obj vide m,s
                5 laissé VERB 4 acl laisser m,ppa,s
                6 dans ADP 8 case dans
                7 la DET 8 det le f,s
                8 marine NOUN 5 obl:arg marine m,s
                9 , PUNCT 13 punct , nonfin
                10 le DET 11 det le m,s
                11 gouvernement NOUN 13 nsubj gouvernement m,s
                12 a AUX 13 aux avoir 3,avoir,ind,pres,s
                13 acheté VERB 8 conj acheter m,ppa,s
                14 en ADP 15 case en
                15 2022 NUM 13 obl
                16 , PUNCT 13 punct , nonfin
                17 auprès ADV 20 case auprès
                18 de ADP 17 fixed de e,sp
                19 le DET 20 det le m,s
                20 chantier NOUN 13 obl chantier m,s
                21 italien ADJ 20 amod italien m,s
                22 Fincantieri PROPN 20 appos
                23 , PUNCT 13 punct , nonfin
                24 deux NUM 25 nummod deux e,p
                25 corvettes NOUN 13 obl corvette f,p
                26 neuves ADJ 25 amod neuf f,p
                27 . PUNCT 2 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("acheté<-root", Conll.attachment(g, "acheté"));
        assertEquals("combler<-advcl-acheté", Conll.attachment(g, "combler"));
        assertEquals("corvettes<-obj-acheté", Conll.attachment(g, "corvettes"));
    }

    @Test
    void aFiniteAvoirHungOnTheParticipleAfterAnAdverbialPhraseIsItsAuxiliary() {
        // La livraison des vieux Mirage au Pérou, réclamée à plusieurs reprises par l'état-major, n'a en revanche jamais été approuvée.
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det le f,s
                2 livraison NOUN 20 nsubj livraison f,s
                3 de ADP 6 case de e,sp
                4 les DET 6 det le e,p
                5 vieux ADJ 6 amod vieux m,sp
                6 Mirage NOUN 2 nmod mirage m,s
                7 à ADP 9 case à
                8 le DET 9 det le m,s
                9 Pérou PROPN 2 nmod Pérou m,s
                10 , PUNCT 11 punct , nonfin
                11 réclamée VERB 2 acl réclamer f,ppa,s
                12 à ADP 14 case à
                13 plusieurs DET 14 det plusieurs e,p
                14 reprises NOUN 11 obl repris f,p
                15 par ADP 17 case par
                16 l' DET 17 det le e,s
                17 état-major NOUN 11 obl:agent état-major m,s
                18 , PUNCT 20 punct , nonfin
                19 n' ADV 20 advmod ne
                20 a VERB 25 nsubj:pass avoir 3,avoir,ind,pres,s
                21 en ADP 22 case en
                22 revanche NOUN 20 obl revanche f,s
                23 jamais ADV 25 advmod jamais
                24 été AUX 25 aux:pass être e,etre,ppa,sp
                25 approuvée VERB 0 root approuver f,ppa,s
                26 . PUNCT 25 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("a<-aux-approuvée", Conll.attachment(g, "a"));
        assertEquals("livraison<-nsubj:pass-approuvée", Conll.attachment(g, "livraison"));
        assertEquals("n'<-advmod-approuvée", Conll.attachment(g, "n'"));
    }

    @Test
    void aSupplierNounAfterARelativeClauseThatEndsOnANameIsThatNamesApposition() {
        // L'aviation, qui dépendait presque entièrement de l'Italie, son fournisseur historique, découvre alors ses lacunes.
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det le e,s
                2 aviation NOUN 16 nsubj aviation f,s
                3 , PUNCT 2 punct , nonfin
                4 qui PRON 5 nsubj qui e,inte,rel,sp
                5 dépendait VERB 2 acl:relcl dépendre 3,impa,ind,s
                6 presque ADV 7 advmod presque
                7 entièrement ADV 5 advmod entièrement
                8 de ADP 10 case de e,sp
                9 l' DET 10 det le e,s
                10 Italie PROPN 5 obl:arg Italie f,s
                11 , PUNCT 5 punct , nonfin
                12 son DET 13 det son e,m,s
                13 fournisseur NOUN 2 appos fournisseur m,s
                14 historique ADJ 13 amod historique e,s
                15 , PUNCT 13 punct , nonfin
                16 découvre VERB 0 root découvrir 1,2,3,imp,ind,pres,s,sub
                17 alors ADV 16 advmod alors
                18 ses DET 19 det son e,p
                19 lacunes NOUN 16 obj lacune f,p
                20 . PUNCT 16 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-appos-Italie", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void anObjectAfterAMonthBetweenCommasGivenToTheMainVerbIsTheObjectOfTheVerbBefore() {
        // Sur le plan diplomatique, le climat reste tendu avec Pékin depuis que la première ministre a mis en cause, en octobre 2022, des agents du gouvernement chinois dans le piratage du Parlement.
        SemanticGraph g = Conll.parse("""
                1 Sur ADP 3 case sur m,s
                2 le DET 3 det le m,s
                3 plan NOUN 8 obl:mod plan m,s
                4 diplomatique ADJ 3 amod diplomatique e,s
                5 , PUNCT 8 punct , nonfin
                6 le DET 7 det le m,s
                7 climat NOUN 8 nsubj climat m,s
                8 reste VERB 0 root rester 1,2,3,imp,ind,pres,s,sub
                9 tendu ADJ 8 xcomp tendre m,ppa,s
                10 avec ADP 11 case avec
                11 Pékin PROPN 9 obl:mod Pékin e,sp
                12 depuis ADP 18 mark depuis
                13 que SCONJ 12 fixed que sub
                14 la DET 16 det le f,s
                15 première ADJ 16 amod premier f,s
                16 ministre NOUN 18 nsubj ministre e,s
                17 a AUX 18 aux avoir 3,avoir,ind,pres,s
                18 mis VERB 8 advcl mettre 1,2,ind,m,ppa,psim,s,sp
                19 en ADP 20 case en
                20 cause NOUN 18 obl cause f,s
                21 , PUNCT 18 punct , nonfin
                22 en ADP 23 case en
                23 octobre NOUN 18 obl octobre m,s
                24 2022 NUM 23 nmod
                25 , PUNCT 8 punct , nonfin
                26 des DET 27 det un e,p
                27 agents NOUN 8 obj agent m,p
                28 de ADP 30 case de e,sp
                29 le DET 30 det le m,s
                30 gouvernement NOUN 27 nmod gouvernement m,s
                31 chinois ADJ 30 amod chinois m,sp
                32 dans ADP 34 case dans
                33 le DET 34 det le m,s
                34 piratage NOUN 27 nmod piratage m,s
                35 de ADP 37 case de e,sp
                36 le DET 37 det le m,s
                37 Parlement PROPN 34 nmod parlement m,s
                38 . PUNCT 8 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("agents<-obj-mis", Conll.attachment(g, "agents"));
    }

    @Test
    void anObjectAfterAMonthBetweenCommasReadAsAConjunctOfTheMainVerbIsTheObjectOfTheVerbBefore() {
        // Le climat reste tendu avec Moscou depuis que le chancelier a mis en cause, en juin 2020, des agents du gouvernement russe dans l'assassinat d'un opposant.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det le m,s
                2 climat NOUN 3 nsubj climat m,s
                3 reste VERB 0 root rester 1,2,3,imp,ind,pres,s,sub
                4 tendu ADJ 3 xcomp tendre m,ppa,s
                5 avec ADP 6 case avec
                6 Moscou PROPN 3 obl:mod Moscou e,sp
                7 depuis ADP 12 mark depuis
                8 que SCONJ 7 fixed que sub
                9 le DET 10 det le m,s
                10 chancelier NOUN 12 nsubj chancelier m,s
                11 a AUX 12 aux avoir 3,avoir,ind,pres,s
                12 mis VERB 3 advcl mettre 1,2,ind,m,ppa,psim,s,sp
                13 en ADP 14 case en
                14 cause NOUN 12 obl cause f,s
                15 , PUNCT 12 punct , nonfin
                16 en ADP 17 case en
                17 juin NOUN 12 obl juin m,s
                18 2020 NUM 17 nmod
                19 , PUNCT 21 punct , nonfin
                20 des DET 21 det un e,p
                21 agents NOUN 3 conj agent m,p
                22 de ADP 24 case de e,sp
                23 le DET 24 det le m,s
                24 gouvernement NOUN 21 nmod gouvernement m,s
                25 russe ADJ 24 amod russe e,s
                26 dans ADP 28 case dans
                27 l' DET 28 det le e,s
                28 assassinat NOUN 21 nmod assassinat m,s
                29 d' ADP 31 case de e,sp
                30 un DET 31 det un m,s
                31 opposant NOUN 28 nmod opposant m,s
                32 . PUNCT 3 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("agents<-obj-mis", Conll.attachment(g, "agents"));
    }
}
