package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of participles, time phrases, bare lists, agents, datives and suppliers' names read on the wrong word (round 64). */
class ObjectsAgentsAndSuppliersRepairsTest {

    @Test
    void aBareParticipleAfterACommaDescribesTheNounItAgreesWithUpFromTheNameBeforeTheComma() {
        // Le journal rappelle qu'ils remplaceront les unités des classes Challenger et Archer, rachetées d'occasion à la Suède et adaptées aux eaux tropicales.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 journal NOUN 3 nsubj journal s,m
                3 rappelle VERB 0 root rappeler pres,3,s,2,1,sub,ind,imp
                4 qu' SCONJ 6 mark
                5 ils PRON 6 nsubj ils pers,p,3,m,suj
                6 remplaceront VERB 3 ccomp remplacer 3,p,futu,ind
                7 les DET 8 det
                8 unités NOUN 6 obj unité p,f
                9 de ADP 11 case
                10 les DET 11 det
                11 classes NOUN 8 nmod classe p,f
                12 Challenger PROPN 11 appos challenger s,e
                13 et CCONJ 14 cc
                14 Archer PROPN 12 conj archer s,m
                15 , PUNCT 16 punct
                16 rachetées VERB 6 conj racheter f,p,ppa
                17 d' ADP 18 case
                18 occasion NOUN 16 obl:mod occasion s,f
                19 à ADP 21 case
                20 la DET 21 det
                21 Suède PROPN 16 obl Suède s,f
                22 et CCONJ 23 cc
                23 adaptées VERB 6 conj adapter f,p,ppa
                24 à ADP 26 case
                25 les DET 26 det
                26 eaux NOUN 23 obl eau p,f
                27 tropicales ADJ 26 amod tropical p,f
                28 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("rachetées<-acl-classes", Conll.attachment(g, "rachetées"));
        assertEquals("adaptées<-conj-rachetées", Conll.attachment(g, "adaptées"));
    }

    @Test
    void aTimePhraseTakenForTheObjectLeavesThePartitiveAfterItAsTheObject() {
        // Rome a cédé des obusiers, tandis que les Américains fournissaient la même année des véhicules Cougar.
        SemanticGraph g = Conll.parse("""
                1 Rome PROPN 3 nsubj Rome e,sp
                2 a AUX 3 aux avoir avoir,s,pres,3,ind
                3 cédé VERB 0 root céder ppa,m,s
                4 des DET 5 det
                5 obusiers NOUN 3 obj obusier p,m
                6 , PUNCT 3 punct
                7 tandis ADV 11 mark
                8 que SCONJ 7 fixed
                9 les DET 10 det
                10 Américains NOUN 11 nsubj américain p,m
                11 fournissaient VERB 3 advcl fournir 3,p,ind,impa
                12 la DET 14 det
                13 même ADJ 14 amod même s,e
                14 année NOUN 11 obj année s,f
                15 de ADP 17 case
                16 les DET 17 det
                17 véhicules NOUN 14 nmod véhicule p,m
                18 Cougar PROPN 17 appos cougar s,f
                19 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("véhicules<-obj-fournissaient", Conll.attachment(g, "véhicules"));
        assertEquals("année<-obl:mod-fournissaient", Conll.attachment(g, "année"));
    }

    @Test
    void aListOfBareNounsAfterAYearIsTheObjectOfTheVerbTheYearDates() {
        // Avant elle, la Tchécoslovaquie avait expédié dès 1960 fusils, mitrailleuses et munitions.
        SemanticGraph g = Conll.parse("""
                1 Avant ADP 2 case
                2 elle PRON 7 obl:mod elle s,f,pers,3,suj
                3 , PUNCT 7 punct
                4 la DET 5 det
                5 Tchécoslovaquie PROPN 7 nsubj Tchécoslovaquie f,sp
                6 avait AUX 7 aux avoir avoir,s,impa,3,ind
                7 expédié VERB 0 root expédier ppa,m,s
                8 dès ADP 9 case
                9 1960 NUM 7 obl
                10 fusils NOUN 9 appos fusil p,m
                11 , PUNCT 12 punct
                12 mitrailleuses NOUN 10 conj mitrailleur p,f
                13 et CCONJ 14 cc
                14 munitions NOUN 10 conj munition p,f
                15 . PUNCT 7 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fusils<-obj-expédié", Conll.attachment(g, "fusils"));
        assertEquals("munitions<-conj-fusils", Conll.attachment(g, "munitions"));
    }

    @Test
    void whatATransferNounsAgentWasReadToTakeIsTheTransferNouns() {
        // Elle cite le don par Washington de fusils M4 et de munitions.
        SemanticGraph g = Conll.parse("""
                1 Elle PRON 2 nsubj elle s,f,pers,3,suj
                2 cite VERB 0 root citer pres,3,s,2,1,sub,ind,imp
                3 le DET 4 det
                4 don NOUN 2 obj don s,m
                5 par ADP 6 case
                6 Washington PROPN 2 obl:arg Washington e,sp
                7 de ADP 8 case
                8 fusils NOUN 6 nmod fusil p,m
                9 M SYM 6 appos
                10 4 NUM 9 nummod
                11 et CCONJ 13 cc
                12 de ADP 13 case
                13 munitions NOUN 6 conj munition p,f
                14 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Washington<-nmod-don", Conll.attachment(g, "Washington"));
        assertEquals("fusils<-nmod-don", Conll.attachment(g, "fusils"));
        assertEquals("munitions<-conj-fusils", Conll.attachment(g, "munitions"));
    }

    @Test
    void aSecondAPhraseAfterAPossessedObjectIsTheObjectsComplement() {
        // Le département d'État a réinscrit Cuba sur la liste, reprochant au régime son appui à Nicolás Maduro.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 département NOUN 6 nsubj département s,m
                3 d' ADP 4 case
                4 État NOUN 2 nmod état s,m
                5 a AUX 6 aux avoir avoir,s,pres,3,ind
                6 réinscrit VERB 0 root réinscrire s,ind,pres,3,m,ppa
                7 Cuba PROPN 6 obj Cuba s,m
                8 sur ADP 10 case
                9 la DET 10 det
                10 liste NOUN 6 obl liste s,f
                11 , PUNCT 6 punct
                12 reprochant VERB 6 advcl reprocher ppr
                13 à ADP 15 case
                14 le DET 15 det
                15 régime NOUN 12 obl régime s,m
                16 son DET 17 det
                17 appui NOUN 12 obj appui s,m
                18 à ADP 19 case
                19 Nicolás PROPN 12 obl
                20 Maduro PROPN 19 flat:name
                21 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Nicolás<-nmod-appui", Conll.attachment(g, "Nicolás"));
        assertEquals("régime<-obl-reprochant", Conll.attachment(g, "régime"));
    }

    @Test
    void aNameAfterACommaThatEndsWithASupplierNounSaysWhoTheSupplierIs() {
        // Le pays poursuit un réarmement largement tourné vers son fournisseur traditionnel, la Russie.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 pays NOUN 3 nsubj pays m,sp
                3 poursuit VERB 0 root poursuivre s,3,pres,ind
                4 un DET 5 det
                5 réarmement NOUN 3 obj réarmement s,m
                6 largement ADV 7 advmod
                7 tourné VERB 5 acl tourner ppa,m,s
                8 vers ADP 10 case
                9 son DET 10 det
                10 fournisseur NOUN 7 obl fournisseur s,m
                11 traditionnel ADJ 10 amod traditionnel s,m
                12 , PUNCT 5 punct
                13 la DET 14 det
                14 Russie PROPN 5 appos Russie s,f
                15 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Russie<-appos-fournisseur", Conll.attachment(g, "Russie"));
    }
}
