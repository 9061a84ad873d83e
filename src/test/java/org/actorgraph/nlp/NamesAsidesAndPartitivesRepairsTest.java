package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of split model names, title adjectives read as names, reporting asides, relative antecedents and partitives (round 63). */
class NamesAsidesAndPartitivesRepairsTest {

    @Test
    void theLettersAfterAModelNumberArePartOfTheNameAndTheParticipleTheyWereReadToMarkIsOnIt() {
        // La Belgique exploite trente-quatre F-35A commandés en 2018 aux États-Unis.
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Belgique PROPN 3 nsubj Belgique s,f
                3 exploite VERB 0 root exploiter pres,3,s,2,1,sub,ind,imp
                4 trente-quatre NUM 5 nummod
                5 F X 3 obj
                6 -35 NUM 5 nummod
                7 A ADP 8 mark
                8 commandés VERB 3 advcl commander m,p,ppa
                9 en ADP 10 case
                10 2018 NUM 8 obl
                11 à ADP 13 case
                12 les DET 13 det
                13 États-Unis PROPN 8 obl États-Unis p,m
                14 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("A<-flat:name-F", Conll.attachment(g, "A"));
        assertEquals("-35<-nummod-F", Conll.attachment(g, "-35"));
        assertEquals("commandés<-acl-F", Conll.attachment(g, "commandés"));
        assertEquals("F<-obj-exploite", Conll.attachment(g, "F"));
    }

    @Test
    void aCapitalisedTitleAdjectiveReadAsANameQualifiesTheTitleNoun() {
        // nos Premiers ministres ont accusé l'Indonésie.
        SemanticGraph g = Conll.parse("""
                1 nos DET 2 det
                2 Premiers PROPN 5 nsubj premier p,m
                3 ministres NOUN 2 flat:name ministre p,e
                4 ont AUX 5 aux avoir ind,avoir,pres,p,3
                5 accusé VERB 0 root accuser ppa,m,s
                6 l' DET 7 det
                7 Indonésie PROPN 5 obj Indonésie s,f
                8 . PUNCT 5 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("ministres<-nsubj-accusé", Conll.attachment(g, "ministres"));
        assertEquals("Premiers<-amod-ministres", Conll.attachment(g, "Premiers"));
    }

    @Test
    void aReportingVerbWithItsSubjectBetweenCommasHangsOnTheClauseItReports() {
        // Pékin, rappelle le journal, est depuis 1970 le principal fournisseur d'armes du pays.
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 3 nsubj Pékin sp,e
                2 , PUNCT 3 punct
                3 rappelle VERB 0 root rappeler imp,ind,sub,1,2,s,3,pres
                4 le DET 5 det
                5 journal NOUN 3 obj journal m,s
                6 , PUNCT 3 punct
                7 est AUX 12 cop être s,ind,3,pres,etre
                8 depuis ADP 9 case
                9 1970 NUM 12 obl:mod
                10 le DET 12 det
                11 principal ADJ 12 amod principal m,s
                12 fournisseur NOUN 3 parataxis fournisseur m,s
                13 d' ADP 14 case
                14 armes NOUN 12 nmod arme f,p
                15 de ADP 17 case
                16 le DET 17 det
                17 pays NOUN 12 nmod pays sp,m
                18 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Pékin<-nsubj-fournisseur", Conll.attachment(g, "Pékin"));
        assertEquals("rappelle<-parataxis-fournisseur", Conll.attachment(g, "rappelle"));
        assertEquals("journal<-nsubj-rappelle", Conll.attachment(g, "journal"));
    }

    @Test
    void aSubjectSplitAcrossAReportingAsideIsOneCoordinationAgain() {
        // À cette époque, rappellent-ils, la France et la Belgique furent les principaux fournisseurs de Lisbonne.
        SemanticGraph g = Conll.parse("""
                1 À ADP 3 case
                2 cette DET 3 det
                3 époque NOUN 5 obl:mod époque s,f
                4 , PUNCT 5 punct
                5 rappellent VERB 0 root rappeler 3,sub,ind,pres,p
                6 -ils PRON 5 nsubj ils 3,m,suj,pers,p
                7 , PUNCT 9 punct
                8 la DET 9 det
                9 France PROPN 16 nsubj France s,f
                10 et CCONJ 12 cc
                11 la DET 12 det
                12 Belgique PROPN 9 conj Belgique s,f
                13 furent AUX 16 cop être psim,ind,etre,3,p
                14 les DET 16 det
                15 principaux ADJ 16 amod principal p,m
                16 fournisseurs NOUN 5 ccomp fournisseur p,m
                17 de ADP 18 case
                18 Lisbonne PROPN 16 nmod Lisbonne e,sp
                19 . PUNCT 5 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("France<-nsubj-fournisseurs", Conll.attachment(g, "France"));
        assertEquals("Belgique<-conj-France", Conll.attachment(g, "Belgique"));
        assertEquals("époque<-obl:mod-fournisseurs", Conll.attachment(g, "époque"));
    }

    @Test
    void theAntecedentOfARelativeClauseHungOnTheRelativeVerbIsTheMainVerbs() {
        // Des F-16 ont été cédés à la Roumanie, dont les premiers appareils ont rejoint Bucarest en 2016.
        SemanticGraph g = Conll.parse("""
                1 Des DET 2 det
                2 F X 6 nsubj:pass
                3 -16 NUM 2 nummod
                4 ont AUX 6 aux avoir avoir,ind,3,p,pres
                5 été AUX 6 aux:pass être e,sp,ppa,etre
                6 cédés VERB 0 root céder ppa,p,m
                7 à ADP 9 case
                8 la DET 9 det
                9 Roumanie PROPN 16 obl:mod Roumanie sp,f,s
                10 , PUNCT 16 punct
                11 dont PRON 14 nmod dont e,rel,sp
                12 les DET 14 det
                13 premiers ADJ 14 amod premier m,p
                14 appareils NOUN 16 nsubj appareil m,p
                15 ont AUX 16 aux avoir avoir,ind,3,p,pres
                16 rejoint VERB 6 advcl rejoindre s,ppa,m,3,pres,ind
                17 Bucarest PROPN 16 obj Bucarest sp,e
                18 en ADP 19 case
                19 2016 NUM 16 obl
                20 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Roumanie<-obl:mod-cédés", Conll.attachment(g, "Roumanie"));
        assertEquals("rejoint<-acl:relcl-Roumanie", Conll.attachment(g, "rejoint"));
    }

    @Test
    void aPartitiveAfterAYearPhraseIsTheVerbsObject() {
        // Le Royaume-Uni a livré au milieu des années 2000 des avions d'entraînement.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Royaume-Uni PROPN 4 nsubj Royaume-Uni m,sp
                3 a AUX 4 aux avoir ind,avoir,s,pres,3
                4 livré VERB 0 root livrer ppa,m,s
                5 à ADP 7 case
                6 le DET 7 det
                7 milieu NOUN 4 obl milieu s,m
                8 de ADP 10 case
                9 les DET 10 det
                10 années NOUN 7 nmod année p,f
                11 2000 NUM 10 nmod
                12 de ADP 14 case
                13 les DET 14 det
                14 avions NOUN 10 nmod avion p,m
                15 d' ADP 16 case
                16 entraînement NOUN 14 nmod entraînement s,m
                17 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("avions<-obj-livré", Conll.attachment(g, "avions"));
    }

    @Test
    void aPartitiveAfterCoordinatedBareNounsOfMeansIsTheVerbsObjectWithTheLaterConjuncts() {
        // La Chine a acheminé par avions et navires militaires des tracteurs, des générateurs et des vivres.
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Chine PROPN 4 nsubj Chine s,f
                3 a AUX 4 aux avoir 3,ind,avoir,s,pres
                4 acheminé VERB 0 root acheminer ppa,m,s
                5 par ADP 6 case
                6 avions NOUN 4 obl:arg avion p,m
                7 et CCONJ 8 cc
                8 navires NOUN 6 conj navire p,m
                9 militaires ADJ 8 amod militaire p,e
                10 de ADP 12 case
                11 les DET 12 det
                12 tracteurs NOUN 8 nmod tracteur p,m
                13 , PUNCT 15 punct
                14 des DET 15 det
                15 générateurs NOUN 6 conj générateur p,m
                16 et CCONJ 18 cc
                17 des DET 18 det
                18 vivres NOUN 6 conj vivre p,m
                19 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("tracteurs<-obj-acheminé", Conll.attachment(g, "tracteurs"));
        assertEquals("vivres<-conj-tracteurs", Conll.attachment(g, "vivres"));
    }

    @Test
    void aNounPhraseAfterANameBetweenCommasIsTheObjectOfAVerbWithoutOne() {
        // Le ministère a signé en juillet, conjointement avec les Pays-Bas, un contrat avec Embraer.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 ministère NOUN 4 nsubj ministère s,m
                3 a AUX 4 aux avoir ind,avoir,s,pres,3
                4 signé VERB 0 root signer ppa,m,s
                5 en ADP 6 case
                6 juillet NOUN 4 obl juillet s,m
                7 , PUNCT 4 punct
                8 conjointement ADV 11 advmod
                9 avec ADP 11 case
                10 les DET 11 det
                11 Pays-Bas PROPN 4 obl:mod Pays-Bas p,m
                12 , PUNCT 11 punct
                13 un DET 14 det
                14 contrat NOUN 11 appos contrat s,m
                15 avec ADP 16 case
                16 Embraer PROPN 14 nmod
                17 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("contrat<-obj-signé", Conll.attachment(g, "contrat"));
    }

    @Test
    void aRelativeClauseWithACopulaIsNotTheVerbItsAntecedentWasHungOn() {
        // On découvrit qu'Israël avait livré des armes à la République islamique, dont l'arsenal, hérité du chah, était presque entièrement américain.
        SemanticGraph g = Conll.parse("""
                1 On PRON 2 nsubj on suj,3,pers,e,s
                2 découvrit VERB 0 root découvrir psim,ind,3,s
                3 qu' SCONJ 6 mark
                4 Israël PROPN 6 nsubj Israël e,sp,m,s
                5 avait AUX 6 aux avoir avoir,ind,3,impa,s
                6 livré VERB 2 ccomp livrer s,m,ppa
                7 des DET 8 det
                8 armes NOUN 6 obj arme f,p
                9 à ADP 11 case
                10 la DET 11 det
                11 République NOUN 6 obl république f,s
                12 islamique ADJ 11 amod islamique e,s
                13 , PUNCT 6 punct
                14 dont PRON 16 nmod dont e,rel,sp
                15 l' DET 16 det
                16 arsenal NOUN 26 nsubj arsenal m,s
                17 , PUNCT 16 punct
                18 hérité VERB 16 acl hériter e,sp,ppa
                19 de ADP 21 case
                20 le DET 21 det
                21 chah NOUN 18 obl:arg chah m,s
                22 , PUNCT 26 punct
                23 était AUX 26 cop être ind,3,etre,impa,s
                24 presque ADV 25 advmod
                25 entièrement ADV 26 advmod
                26 américain ADJ 6 acl:relcl américain m,s
                27 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("livré<-ccomp-découvrit", Conll.attachment(g, "livré"));
        assertEquals("République<-obl-livré", Conll.attachment(g, "République"));
    }
}
