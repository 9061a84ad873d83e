package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of participles, relative clauses and « dont » clauses around names (round 67). */
class ParticipleRelativeAndDontRepairsTest {

    @Test
    void aCopularParticipleNamingASupplierAfterACommaDescribesTheNameBeforeTheComma() {
        // Les données montrent une dépendance croissante envers la Chine, devenue au fil des décennies le premier fournisseur de l'armée ghanéenne.
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det le e,p
                2 données NOUN 3 nsubj donnée f,p
                3 montrent VERB 0 root montrer 3,ind,p,pres,sub
                4 une DET 5 det un f,s
                5 dépendance NOUN 3 obj dépendance f,s
                6 croissante ADJ 5 amod croissant f,s
                7 envers ADP 9 case envers m,sp
                8 la DET 9 det le f,s
                9 Chine PROPN 5 nmod Chine f,s
                10 , PUNCT 5 punct , nonfin
                11 devenue VERB 5 acl devenir f,ppa,s
                12 à ADP 14 case à
                13 le DET 14 det le m,s
                14 fil NOUN 11 obl fil m,s
                15 de ADP 17 case de e,sp
                16 les DET 17 det le e,p
                17 décennies NOUN 14 nmod décennie f,p
                18 le DET 20 det le m,s
                19 premier ADJ 20 amod premier m,s
                20 fournisseur NOUN 11 xcomp fournisseur m,s
                21 de ADP 23 case de e,sp
                22 l' DET 23 det le e,s
                23 armée NOUN 20 nmod armée f,s
                24 ghanéenne ADJ 23 amod ghanéen f,s
                25 . PUNCT 3 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("devenue<-acl-Chine", Conll.attachment(g, "devenue"));
    }

    @Test
    void aModelsNumberHungOnItsNameLetsQueOpenTheNamesRelativeClause() {
        // Le rapport s'attarde longuement sur les Mirage 2000 que Dassault a livrés à l'armée de l'air péruvienne dans les années 1980.
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det le m,s
                2 rapport NOUN 4 nsubj rapport m,s
                3 s' PRON 4 expl se 3,e,obj,pers,sp
                4 attarde VERB 0 root attarder 1,2,3,imp,ind,pres,s,sub
                5 longuement ADV 4 advmod longuement
                6 sur ADP 8 case sur m,s
                7 les DET 8 det le e,p
                8 Mirage PROPN 4 obl mirage m,s
                9 2000 NUM 8 nmod
                10 que SCONJ 13 mark que sub
                11 Dassault PROPN 13 nsubj Dassault e,sp
                12 a AUX 13 aux avoir 3,avoir,ind,pres,s
                13 livrés VERB 4 ccomp livrer m,p,ppa
                14 à ADP 16 case à
                15 l' DET 16 det le e,s
                16 armée NOUN 13 obl armée f,s
                17 de ADP 19 case de e,sp
                18 l' DET 19 det le e,s
                19 air NOUN 16 nmod air m,s
                20 péruvienne ADJ 19 amod péruvien f,s
                21 dans ADP 23 case dans
                22 les DET 23 det le e,p
                23 années NOUN 13 obl:mod année f,p
                24 1980 NUM 23 nmod
                25 . PUNCT 4 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-acl:relcl-Mirage", Conll.attachment(g, "livrés"));
        assertEquals("que<-obj-livrés", Conll.attachment(g, "que"));
    }

    @Test
    void aRelativeClauseHungOnAnAdjectiveGoesToTheNounTheAdjectiveDescribes() {
        // En 1982, La Valette signait un accord censé rester secret, par lequel la Corée du Nord fournissait à Malte des fusils et des munitions.
        SemanticGraph g = Conll.parse("""
                1 En ADP 2 case en
                2 1982 NUM 6 obl:mod
                3 , PUNCT 6 punct , nonfin
                4 La DET 5 det le f,s
                5 Valette PROPN 6 nsubj Valette e,sp
                6 signait VERB 0 root signer 3,impa,ind,s
                7 un DET 8 det un m,s
                8 accord NOUN 6 obj accord m,s
                9 censé ADJ 8 amod censé m,s
                10 rester VERB 9 xcomp rester inf
                11 secret ADJ 10 xcomp secret m,s
                12 , PUNCT 11 punct , nonfin
                13 par ADP 14 case par
                14 lequel PRON 20 obl:mod lequel inte,m,rel,s
                15 la DET 16 det le f,s
                16 Corée PROPN 20 nsubj Corée f,s
                17 de ADP 19 case de e,sp
                18 le DET 19 det le m,s
                19 Nord NOUN 16 nmod nord m,s
                20 fournissait VERB 11 acl:relcl fournir 3,impa,ind,s
                21 à ADP 22 case à
                22 Malte PROPN 20 obl Malte e,f,s,sp
                23 de ADP 25 case de e,sp
                24 les DET 25 det le e,p
                25 fusils NOUN 22 nmod fusil m,p
                26 et CCONJ 28 cc et coor
                27 des DET 28 det un e,p
                28 munitions NOUN 20 conj munition f,p
                29 . PUNCT 6 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("fournissait<-acl:relcl-accord", Conll.attachment(g, "fournissait"));
    }

    @Test
    void aVerbAfterTheCommaThatClosesAClauseOfDontIsTheMainVerbEvenAsAnOpenComplement() {
        // Rien d'étonnant : l'Italie, dont une mission navale est présente à La Valette depuis 1973, reste le fournisseur naturel de l'armée maltaise.
        SemanticGraph g = Conll.parse("""
                1 Rien PRON 13 nsubj rien m,s
                2 d' ADP 3 mark de e,sp
                3 étonnant VERB 1 acl étonner ppr
                4 : PUNCT 6 punct : nonfin
                5 l' DET 6 det le e,s
                6 Italie PROPN 13 obl:mod Italie f,s
                7 , PUNCT 13 punct , nonfin
                8 dont PRON 10 nmod dont e,rel,sp
                9 une DET 10 det un f,s
                10 mission NOUN 13 nsubj mission f,s
                11 navale ADJ 10 amod naval f,s
                12 est AUX 13 cop être 3,etre,ind,pres,s
                13 présente VERB 0 root présenter 1,2,3,imp,ind,pres,s,sub
                14 à ADP 16 case à
                15 La DET 16 det le f,s
                16 Valette PROPN 13 obl Valette e,sp
                17 depuis ADP 18 case depuis
                18 1973 NUM 13 obl
                19 , PUNCT 13 punct , nonfin
                20 reste VERB 13 xcomp rester 1,2,3,imp,ind,pres,s,sub
                21 le DET 22 det le m,s
                22 fournisseur NOUN 20 xcomp fournisseur m,s
                23 naturel ADJ 22 amod naturel m,s
                24 de ADP 26 case de e,sp
                25 l' DET 26 det le e,s
                26 armée NOUN 22 nmod armée f,s
                27 maltaise ADJ 26 amod maltais f,s
                28 . PUNCT 13 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("reste<-root", Conll.attachment(g, "reste"));
        assertEquals("Italie<-nsubj-reste", Conll.attachment(g, "Italie"));
    }
}
