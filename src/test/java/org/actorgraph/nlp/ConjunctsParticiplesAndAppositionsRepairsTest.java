package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of conjoined objects, detached participles, counted phrases after a time, subjects and appositions (round 65). */
class ConjunctsParticiplesAndAppositionsRepairsTest {

    @Test
    void aNounAndItsParticipleMadeAClauseCoordinatedWithTheVerbAreAConjunctOfItsObject() {
        // La marine malaisienne a vu arriver une poignée de patrouilleurs rachetés à l'Australie, puis les corvettes Gowind cédées par la France.
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 marine NOUN 5 nsubj marine m,s
                3 malaisienne ADJ 2 amod malaisien f,s
                4 a AUX 5 aux avoir avoir,ind,3,pres,s
                5 vu VERB 0 root voir s,m,ppa
                6 arriver VERB 5 xcomp arriver inf
                7 une DET 8 det
                8 poignée NOUN 6 obj poignée f,s
                9 de ADP 10 case
                10 patrouilleurs NOUN 8 nmod patrouilleur m,p
                11 rachetés VERB 8 acl racheter p,m,ppa
                12 à ADP 14 case
                13 l' DET 14 det
                14 Australie PROPN 11 obl Australie f,s
                15 , PUNCT 6 punct
                16 puis SCONJ 20 cc
                17 les DET 18 det
                18 corvettes NOUN 20 nsubj corvette f,p
                19 Gowind PROPN 18 appos
                20 cédées VERB 6 conj céder p,f,ppa
                21 par ADP 23 case
                22 la DET 23 det
                23 France PROPN 20 obl:agent France f,s
                24 . PUNCT 5 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("corvettes<-conj-poignée", Conll.attachment(g, "corvettes"));
        assertEquals("cédées<-acl-corvettes", Conll.attachment(g, "cédées"));
    }

    @Test
    void aDetachedParticipleThatDisagreesWithTheObliqueItHangsOnDescribesTheSubject() {
        // Des hélicoptères Mi-17 se sont posés à Bamako, sur la base aérienne 101, livrés par la Russie à l'armée malienne.
        SemanticGraph g = Conll.parse("""
                1 Des DET 2 det
                2 hélicoptères NOUN 7 nsubj hélicoptère m,p
                3 Mi PROPN 2 appos mi sp,m
                4 -17 NUM 3 nummod
                5 se PRON 7 obj se sp,3,pers,e,obj
                6 sont AUX 7 aux être 3,p,pres,etre,ind
                7 posés VERB 0 root poser p,m,ppa
                8 à ADP 9 case
                9 Bamako PROPN 7 obl Bamako sp,e
                10 , PUNCT 7 punct
                11 sur ADP 13 case
                12 la DET 13 det
                13 base NOUN 7 obl base f,s
                14 aérienne ADJ 13 amod aérien f,s
                15 101 NUM 13 nummod
                16 , PUNCT 13 punct
                17 livrés VERB 13 acl livrer p,m,ppa
                18 par ADP 20 case
                19 la DET 20 det
                20 Russie PROPN 17 obl:agent Russie f,s
                21 à ADP 23 case
                22 l' DET 23 det
                23 armée NOUN 17 obl armée f,s
                24 malienne ADJ 23 amod malien f,s
                25 . PUNCT 7 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-acl-hélicoptères", Conll.attachment(g, "livrés"));
    }

    @Test
    void aCountedDePhraseAfterATimePhraseCompletesTheObjectBeforeIt() {
        // L'armée de l'air népalaise a pris livraison le mois dernier de deux avions Dornier 228 construits par Hindustan Aeronautics.
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 armée NOUN 8 nsubj armée f,s
                3 de ADP 5 case
                4 l' DET 5 det
                5 air NOUN 2 nmod air m,s
                6 népalaise ADJ 2 amod népalais f,s
                7 a AUX 8 aux avoir avoir,ind,3,pres,s
                8 pris VERB 0 root prendre m,sp,ind,ppa,1,2,s,psim
                9 livraison NOUN 8 obj livraison f,s
                10 le DET 11 det
                11 mois NOUN 8 obl mois sp,m
                12 dernier ADJ 11 amod dernier m,s
                13 de ADP 15 case
                14 deux NUM 15 nummod
                15 avions NOUN 11 nmod avion m,p
                16 Dornier PROPN 15 appos
                17 228 NUM 16 nummod
                18 construits VERB 15 acl construire p,m,ppa
                19 par ADP 20 case
                20 Hindustan PROPN 18 obl:agent Hindustan sp,m
                21 Aeronautics PROPN 20 flat:name
                22 . PUNCT 8 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("avions<-nmod-livraison", Conll.attachment(g, "avions"));
    }

    @Test
    void aNameWithoutPrepositionAfterABareAdverbialNounIsTheObject() {
        // Le président condamne sans détour Israël pour ses frappes.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 président NOUN 3 nsubj président m,s
                3 condamne VERB 0 root condamner imp,ind,sub,1,2,s,3,pres
                4 sans ADP 5 case
                5 détour NOUN 3 obl détour m,s
                6 Israël PROPN 5 nmod Israël e,sp,m,s
                7 pour ADP 9 case
                8 ses DET 9 det
                9 frappes NOUN 3 obl frappe f,p
                10 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Israël<-obj-condamne", Conll.attachment(g, "Israël"));
    }

    @Test
    void aNameBeforeItsAppositionAndAVerbWithoutSubjectIsTheSubject() {
        // Pékin, principal fournisseur d'armes de la junte birmane, a livré des chasseurs FTC-2000 en 2022.
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 13 obl:mod Pékin sp,e
                2 , PUNCT 4 punct
                3 principal ADJ 4 amod principal m,s
                4 fournisseur NOUN 1 appos fournisseur m,s
                5 d' ADP 6 case
                6 armes NOUN 4 nmod arme f,p
                7 de ADP 9 case
                8 la DET 9 det
                9 junte NOUN 4 nmod junte f,s
                10 birmane ADJ 9 amod birman f,s
                11 , PUNCT 13 punct
                12 a AUX 13 aux avoir avoir,ind,3,pres,s
                13 livré VERB 0 root livrer s,m,ppa
                14 des DET 15 det
                15 chasseurs NOUN 13 obj chasseur m,p
                16 FTC PROPN 15 appos
                17 -2000 NUM 16 nummod
                18 en ADP 19 case
                19 2022 NUM 13 obl
                20 . PUNCT 13 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Pékin<-nsubj-livré", Conll.attachment(g, "Pékin"));
    }

    @Test
    void aSupplierNounAfterAnAgentBetweenCommasStaysItsApposition() {
        // Addis-Abeba disposait déjà d'une aviation nourrie, sous le Derg, par l'Union soviétique, longtemps son unique grand pourvoyeur d'armes.
        SemanticGraph g = Conll.parse("""
                1 Addis-Abeba PROPN 2 nsubj Addis-Abeba sp,e
                2 disposait VERB 0 root disposer impa,ind,3,s
                3 déjà ADV 2 advmod
                4 d' ADP 6 case
                5 une DET 6 det
                6 aviation NOUN 2 obl:arg aviation f,s
                7 nourrie ADJ 6 amod nourrir f,s,ppa
                8 , PUNCT 2 punct
                9 sous ADP 11 case
                10 le DET 11 det
                11 Derg PROPN 2 obl
                12 , PUNCT 2 punct
                13 par ADP 15 case
                14 l' DET 15 det
                15 Union NOUN 2 obl:arg union f,s
                16 soviétique ADJ 15 amod soviétique e,s
                17 , PUNCT 15 punct
                18 longtemps ADV 22 advmod
                19 son DET 22 det
                20 unique ADJ 22 amod unique e,s
                21 grand ADJ 22 amod grand m,s
                22 pourvoyeur NOUN 15 appos pourvoyeur m,s
                23 d' ADP 24 case
                24 armes NOUN 22 nmod arme f,p
                25 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("pourvoyeur<-appos-Union", Conll.attachment(g, "pourvoyeur"));
    }

    @Test
    void aSupplierNounAfterAnIncidentalPhraseIsTheAttributeOfACopularVerb() {
        // Le Royaume-Uni demeure, depuis la fondation de l'État, le fournisseur historique de l'armée irlandaise.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Royaume-Uni PROPN 3 nsubj Royaume-Uni sp,m
                3 demeure VERB 0 root demeurer imp,ind,sub,1,2,s,3,pres
                4 , PUNCT 3 punct
                5 depuis ADP 7 case
                6 la DET 7 det
                7 fondation NOUN 3 obl fondation f,s
                8 de ADP 10 case
                9 l' DET 10 det
                10 État NOUN 7 nmod état m,s
                11 , PUNCT 7 punct
                12 le DET 13 det
                13 fournisseur NOUN 3 obj fournisseur m,s
                14 historique ADJ 13 amod historique e,s
                15 de ADP 17 case
                16 l' DET 17 det
                17 armée NOUN 13 nmod armée f,s
                18 irlandaise ADJ 17 amod irlandais f,s
                19 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-obj-demeure", Conll.attachment(g, "fournisseur"));
    }
}
