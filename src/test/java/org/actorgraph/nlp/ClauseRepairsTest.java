package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of objects after adverbials, relative « que » and the passive, on hand-written graphs: no model. */
class ClauseRepairsTest {

    @Test
    void aNameAfterABareNounWithAPrepositionIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 Luanda PROPN 2 nsubj
                2 accuse VERB 0 root accuser 3,ind,pres,s
                3 sans ADP 4 case
                4 relâche NOUN 2 obl relâche f,s
                5 Pretoria PROPN 4 appos
                6 de ADP 7 mark
                7 violer VERB 2 xcomp
                """);
        ParseRepairs.apply(g);
        assertEquals("Pretoria<-obj-accuse", Conll.attachment(g, "Pretoria"));
    }

    @Test
    void aNameAfterATitleInAnAddresseesPhraseStaysTheTitles() {
        SemanticGraph g = Conll.parse("""
                1 proteste VERB 0 root protester 3,ind,pres,s
                2 auprès ADV 3 case
                3 secrétaire NOUN 1 obl secrétaire e,s
                4 Annan PROPN 3 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("Annan<-appos-secrétaire", Conll.attachment(g, "Annan"));
    }

    @Test
    void aPhraseAfterATimePhraseBetweenCommasIsTheObjectOfTheVerbBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 rappelle VERB 0 root rappeler 3,ind,pres,s
                2 que SCONJ 5 mark
                3 l' DET 4 det
                4 armée NOUN 5 nsubj armée f,s
                5 reçu VERB 1 ccomp recevoir m,s,ppa
                6 de ADP 7 case
                7 Russie PROPN 5 obl:arg
                8 , PUNCT 1 punct
                9 ces DET 10 det
                10 années NOUN 1 obl année f,p
                11 , PUNCT 10 punct
                12 chasseurs NOUN 11 parataxis chasseur m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("chasseurs<-obj-reçu", Conll.attachment(g, "chasseurs"));
    }

    @Test
    void aPhraseAfterACommaWithNoTimePhraseIsLeftAlone() {
        SemanticGraph g = Conll.parse("""
                1 reçu VERB 0 root recevoir m,s,ppa
                2 de ADP 3 case
                3 Russie PROPN 1 obl:arg
                4 , PUNCT 3 punct
                5 selon ADP 6 case
                6 Moscou PROPN 3 nmod
                7 , PUNCT 6 punct
                8 chasseurs NOUN 7 parataxis chasseur m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("chasseurs<-parataxis-,", Conll.attachment(g, "chasseurs"));
    }

    @Test
    void aBareQueAfterANounAndACommaOpensARelativeClauseNotAnAdverbialOne() {
        SemanticGraph g = Conll.parse("""
                1 rompu VERB 0 root rompre m,s,ppa
                2 avec ADP 3 case
                3 Maroc PROPN 1 obl
                4 , PUNCT 1 punct
                5 qu' PRON 7 mark
                6 elle PRON 7 nsubj
                7 accuse VERB 1 advcl accuser 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("accuse<-acl:relcl-Maroc", Conll.attachment(g, "accuse"));
        assertEquals("qu'<-obj-accuse", Conll.attachment(g, "qu'"));
    }

    @Test
    void aCompoundSubordinatorStaysAdverbial() {
        SemanticGraph g = Conll.parse("""
                1 livre VERB 0 root livrer 3,ind,pres,s
                2 des DET 3 det
                3 chars NOUN 1 obj char m,p
                4 , PUNCT 1 punct
                5 alors ADV 8 mark
                6 qu' SCONJ 5 fixed
                7 elle PRON 8 nsubj
                8 refuse VERB 1 advcl refuser 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("refuse<-advcl-livre", Conll.attachment(g, "refuse"));
    }

    @Test
    void aParticipleWithEtreAndAnAgentIsPassive() {
        SemanticGraph g = Conll.parse("""
                1 l' DET 2 det
                2 armée NOUN 5 nsubj armée f,s
                3 était AUX 5 aux être 3,ind,impa,s
                4 déjà ADV 5 advmod
                5 équipée VERB 0 root équiper f,s,ppa
                6 par ADP 7 case
                7 URSS PROPN 5 obl:agent
                """);
        ParseRepairs.apply(g);
        assertEquals("armée<-nsubj:pass-équipée", Conll.attachment(g, "armée"));
        assertEquals("était<-aux:pass-équipée", Conll.attachment(g, "était"));
    }

    @Test
    void aCompoundPastWithAvoirKeepsItsSubject() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 3 nsubj
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 livré VERB 0 root livrer m,s,ppa
                4 par ADP 5 case
                5 avion NOUN 3 obl:agent avion m,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Moscou<-nsubj-livré", Conll.attachment(g, "Moscou"));
    }

    @Test
    void aNounWithItsArticleRightAfterAnObliqueNameIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 KMW PROPN 2 nsubj
                2 conclu VERB 0 root conclure m,s,ppa
                3 avec ADP 4 case
                4 Hongrie PROPN 2 obl:arg
                5 le DET 6 det
                6 contrat NOUN 4 appos contrat m,s
                7 , PUNCT 8 punct
                8 portant VERB 2 advcl porter ppr
                9 sur ADP 10 case
                10 chars NOUN 8 obl char m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("contrat<-obj-conclu", Conll.attachment(g, "contrat"));
        assertEquals("portant<-acl-contrat", Conll.attachment(g, "portant"));
    }

    @Test
    void aNounPhraseAfterAnIncidentalPhraseBetweenCommasIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 ONU PROPN 2 nsubj
                2 condamne VERB 0 root condamner 3,ind,pres,s
                3 , PUNCT 5 punct
                4 par ADP 5 case
                5 résolution NOUN 2 obl:mod résolution f,s
                6 , PUNCT 8 punct
                7 l' DET 8 det
                8 agression NOUN 5 appos agression f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("agression<-obj-condamne", Conll.attachment(g, "agression"));
    }

    @Test
    void aComplementWithAOnABareNounIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 achetés VERB 0 root acheter m,p,ppa
                2 d' ADP 3 case
                3 occasion NOUN 1 obl:mod occasion f,s
                4 à ADP 5 case
                5 Allemagne PROPN 3 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Allemagne<-obl-achetés", Conll.attachment(g, "Allemagne"));
    }

    @Test
    void aNameAfterEtBeforeItsOwnAuxiliaryIsTheSubjectOfASecondClause() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 3 nsubj
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 confirmé VERB 0 root confirmer m,s,ppa
                4 la DET 5 det
                5 commande NOUN 3 obj commande f,s
                6 , PUNCT 8 punct
                7 et CCONJ 8 cc
                8 Rome PROPN 5 conj
                9 a AUX 10 aux avoir 3,ind,pres,s
                10 livré VERB 3 xcomp livrer m,s,ppa
                11 frégates NOUN 10 obj frégate f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Rome<-nsubj-livré", Conll.attachment(g, "Rome"));
        assertEquals("livré<-conj-confirmé", Conll.attachment(g, "livré"));
    }

    @Test
    void aParticipleWithTheSubjectOfItsOwnIsLeftAlone() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 3 nsubj
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 confirmé VERB 0 root confirmer m,s,ppa
                4 que SCONJ 7 mark
                5 Rome PROPN 7 nsubj
                6 a AUX 7 aux avoir 3,ind,pres,s
                7 livré VERB 3 ccomp livrer m,s,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("livré<-ccomp-confirmé", Conll.attachment(g, "livré"));
    }

    @Test
    void anAgentOnAnActiveVerbIsThatOfTheParticipleBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 Haftar PROPN 3 nsubj
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 reçu VERB 0 root recevoir m,s,ppa
                4 drones NOUN 3 obj drone m,p
                5 mis VERB 4 acl mettre m,p,ppa
                6 en ADP 7 case
                7 œuvre NOUN 5 obl œuvre f,s
                8 , PUNCT 10 punct
                9 par ADP 10 case
                10 Émirats PROPN 3 obl:agent
                """);
        ParseRepairs.apply(g);
        assertEquals("Émirats<-obl:agent-mis", Conll.attachment(g, "Émirats"));
    }

    @Test
    void theAgentOfAPassiveVerbStaysItsOwn() {
        SemanticGraph g = Conll.parse("""
                1 drones NOUN 3 nsubj:pass drone m,p
                2 ont AUX 3 aux:pass être 3,ind,pres,p
                3 livrés VERB 0 root livrer m,p,ppa
                4 par ADP 5 case
                5 Ankara PROPN 3 obl:agent
                """);
        ParseRepairs.apply(g);
        assertEquals("Ankara<-obl:agent-livrés", Conll.attachment(g, "Ankara"));
    }

    @Test
    void theObjectOfSansRelacheReadAsAVerbIsTheMainVerbs() {
        SemanticGraph g = Conll.parse("""
                1 Luanda PROPN 2 nsubj
                2 dénonce VERB 0 root dénoncer 3,ind,pres,s
                3 sans ADP 4 mark
                4 relâche VERB 2 advcl relâcher 3,ind,pres,s
                5 les DET 6 det
                6 agressions NOUN 4 obj agression f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("agressions<-obj-dénonce", Conll.attachment(g, "agressions"));
        assertEquals("relâche<-obl:mod-dénonce", Conll.attachment(g, "relâche"));
    }

    @Test
    void aNameAfterAColonBeforeItsOwnAuxiliaryIsTheSubjectOfAClauseOfItsOwn() {
        SemanticGraph g = Conll.parse("""
                1 voisins NOUN 3 nsubj voisin m,p
                2 ont AUX 3 aux avoir 3,ind,pres,p
                3 suivi VERB 0 root suivre m,s,ppa
                4 chemin NOUN 3 obj chemin m,s
                5 : PUNCT 4 punct
                6 le DET 7 det
                7 Mali PROPN 4 appos
                8 ont AUX 10 aux avoir 3,ind,pres,p
                9 aussi ADV 10 advmod
                10 acquis VERB 3 xcomp acquérir m,s,ppa
                11 de ADP 12 case
                12 drones NOUN 10 obl:agent drone m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Mali<-nsubj-acquis", Conll.attachment(g, "Mali"));
        assertEquals("acquis<-parataxis-suivi", Conll.attachment(g, "acquis"));
        assertEquals("drones<-obl:arg-acquis", Conll.attachment(g, "drones"));
    }

    @Test
    void aPresentParticipleHungOnADateIsAnAdverbialOfTheDatesVerb() {
        SemanticGraph g = Conll.parse("""
                1 Janvier NOUN 6 obl:mod janvier m,s
                2 Accusant VERB 1 acl accuser ppr
                3 Téhéran PROPN 2 obj
                4 , PUNCT 2 punct
                5 Washington PROPN 6 nsubj
                6 sanctionne VERB 0 root sanctionner 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Accusant<-advcl-sanctionne", Conll.attachment(g, "Accusant"));
    }

    @Test
    void anAttributeAfterAnAdverbialPhraseBetweenCommasIsTheCopularVerbsComplement() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 2 nsubj
                2 prend VERB 0 root prendre 3,ind,pres,s
                3 le DET 4 det
                4 relais NOUN 2 obj relais m,s
                5 et CCONJ 6 cc
                6 devient VERB 2 conj devenir 3,ind,pres,s
                7 , PUNCT 6 punct
                8 pendant ADP 10 case
                9 une DET 10 det
                10 décennie NOUN 6 obl décennie f,s
                11 , PUNCT 2 punct
                12 le DET 13 det
                13 pourvoyeur NOUN 2 obj pourvoyeur m,s
                14 de ADP 15 case
                15 Caracas PROPN 13 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("pourvoyeur<-xcomp-devient", Conll.attachment(g, "pourvoyeur"));
        assertEquals("relais<-obj-prend", Conll.attachment(g, "relais"));
    }

    @Test
    void anAttributeOfEtreAfterAnAdverbialPhraseHeadsTheClause() {
        SemanticGraph g = Conll.parse("""
                1 rappelle VERB 0 root rappeler 3,ind,pres,s
                2 que SCONJ 5 mark
                3 l' DET 4 det
                4 URSS PROPN 5 nsubj
                5 été AUX 1 ccomp être _
                6 , PUNCT 5 punct
                7 pendant ADP 9 case
                8 deux NUM 9 nummod
                9 décennies NOUN 6 nmod décennie f,p
                10 , PUNCT 12 punct
                11 le DET 12 det
                12 fournisseur NOUN 9 conj fournisseur m,s
                13 de ADP 14 case
                14 Libye PROPN 12 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-ccomp-rappelle", Conll.attachment(g, "fournisseur"));
        assertEquals("URSS<-nsubj-fournisseur", Conll.attachment(g, "URSS"));
        assertEquals("été<-cop-fournisseur", Conll.attachment(g, "été"));
        assertEquals("décennies<-obl:mod-fournisseur", Conll.attachment(g, "décennies"));
    }

    @Test
    void theVerbThatTookTheAttributeForItsSubjectIsTheMainVerbAfterTheRelative() {
        SemanticGraph g = Conll.parse("""
                1 France PROPN 0 root
                2 , PUNCT 1 punct
                3 qui PRON 4 nsubj
                4 restera VERB 1 acl:relcl rester 3,ind,fut,s
                5 pendant ADP 7 case
                6 les DET 7 det
                7 années NOUN 14 obl:mod année f,p
                8 1980 NUM 7 nmod
                9 le DET 10 det
                10 fournisseur NOUN 14 nsubj fournisseur m,s
                11 de ADP 12 case
                12 Bagdad PROPN 10 nmod
                13 lui PRON 14 iobj
                14 livre VERB 4 ccomp livrer 3,ind,pres,s
                15 Mirage NOUN 14 obj Mirage m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-xcomp-restera", Conll.attachment(g, "fournisseur"));
        assertEquals("France<-nsubj-livre", Conll.attachment(g, "France"));
        assertEquals("années<-obl:mod-restera", Conll.attachment(g, "années"));
    }

    @Test
    void aNounAfterAnImpersonalRemainIsNoAttribute() {
        SemanticGraph g = Conll.parse("""
                1 il PRON 2 nsubj
                2 reste VERB 0 root rester 3,ind,pres,s
                3 , PUNCT 2 punct
                4 selon ADP 5 case
                5 Kiev PROPN 2 obl
                6 , PUNCT 2 punct
                7 des DET 8 det
                8 stocks NOUN 2 nsubj stock m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("stocks<-nsubj-reste", Conll.attachment(g, "stocks"));
    }

    @Test
    void aVerbWithASubjectOnEachSideOfAColonGovernsOnlyWhatFollowsIt() {
        SemanticGraph g = Conll.parse("""
                1 texte NOUN 7 nsubj:pass texte m,s
                2 est AUX 7 aux:pass être 3,ind,pres,s
                3 sans ADP 4 case
                4 ambiguïté NOUN 7 obl:mod ambiguïté f,s
                5 : PUNCT 4 punct
                6 Alger PROPN 7 nsubj:pass
                7 accuse VERB 0 root accuser 3,ind,pres,s
                8 Rabat PROPN 7 xcomp
                """);
        ParseRepairs.apply(g);
        assertEquals("Alger<-nsubj-accuse", Conll.attachment(g, "Alger"));
        assertEquals("Rabat<-obj-accuse", Conll.attachment(g, "Rabat"));
        assertEquals("texte<-nsubj-ambiguïté", Conll.attachment(g, "texte"));
        assertEquals("ambiguïté<-parataxis-accuse", Conll.attachment(g, "ambiguïté"));
    }

    @Test
    void aRelativeCoordinatedWithAParticipleOnANounIsTheNounsRelativeClause() {
        SemanticGraph g = Conll.parse("""
                1 Pérou PROPN 13 nsubj
                2 , PUNCT 1 punct
                3 équipé VERB 1 acl équiper m,s,ppa
                4 par ADP 5 case
                5 URSS PROPN 3 obl:agent
                6 , PUNCT 1 punct
                7 et CCONJ 11 cc
                8 à ADP 9 case
                9 qui PRON 11 obl
                10 Moscou PROPN 11 nsubj
                11 vendu VERB 1 conj vendre m,s,ppa
                12 hélicoptères NOUN 11 obj hélicoptère m,p
                13 reste VERB 0 root rester 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("vendu<-acl:relcl-Pérou", Conll.attachment(g, "vendu"));
    }

    @Test
    void aSubjectRelativeHungOnAVerbQualifiesTheAppositionBeforeItsComma() {
        SemanticGraph g = Conll.parse("""
                1 équiper VERB 0 root équiper inf
                2 auprès ADV 3 case
                3 URSS PROPN 1 obl
                4 , PUNCT 3 punct
                5 son DET 6 det
                6 fournisseur NOUN 1 obj fournisseur m,s
                7 depuis ADP 9 case
                8 vingt NUM 9 nummod
                9 ans NOUN 1 obl an m,p
                10 , PUNCT 1 punct
                11 qui PRON 13 nsubj
                12 lui PRON 13 iobj
                13 livra VERB 1 acl:relcl livrer 3,ind,psim,s
                14 MiG NOUN 13 obj MiG m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("livra<-acl:relcl-fournisseur", Conll.attachment(g, "livra"));
        assertEquals("fournisseur<-appos-URSS", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void theNameAfterAnEnvoysHostIsTheEnvoysAndTheRelativeAfterItIsAboutTheName() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Courrier NOUN 3 nsubj courrier s,m
                3 salue VERB 0 root saluer pres,3,s,2,1,sub,ind,imp
                4 la DET 5 det
                5 fermeté NOUN 3 obj fermeté s,f
                6 de ADP 8 case
                7 l' DET 8 det
                8 ambassadeur NOUN 5 nmod ambassadeur s,m
                9 haïtien ADJ 8 amod haïtien s,m
                10 auprès ADV 13 case
                11 de ADP 10 fixed
                12 l' DET 13 det
                13 OEA PROPN 3 obl OEA f,sp
                14 , PUNCT 15 punct
                15 Léon PROPN 13 appos Léon m,sp,e
                16 Charles PROPN 15 flat:name Charles m,sp
                17 , PUNCT 15 punct
                18 qui PRON 20 nsubj qui rel,sp,inte,e
                19 a AUX 20 aux avoir pres,3,ind,avoir,s
                20 condamné VERB 13 acl:relcl condamner s,ppa,m
                21 la DET 22 det
                22 décision NOUN 20 obj décision s,f
                23 de ADP 24 case
                24 Saint-Domingue PROPN 22 nmod Saint-Domingue e,sp
                25 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Léon<-appos-ambassadeur", Conll.attachment(g, "Léon"));
        assertEquals("condamné<-acl:relcl-Léon", Conll.attachment(g, "condamné"));
    }

    @Test
    void aRootParticipleWithAPassiveSubjectBeforeACommaAndAFiniteVerbDescribesThatSubject() {
        SemanticGraph g = Conll.parse("""
                1 En ADP 2 case
                2 2021 NUM 11 obl:mod
                3 , PUNCT 11 punct
                4 deux NUM 5 nummod
                5 patrouilleurs NOUN 11 nsubj:pass patrouilleur p,m
                6 de ADP 8 case
                7 la DET 8 det
                8 classe NOUN 5 nmod classe s,f
                9 Cape PROPN 8 appos cape s,f
                10 , PUNCT 11 punct
                11 construits VERB 0 root construire m,p,ppa
                12 par ADP 13 case
                13 Austal PROPN 11 obl:agent
                14 à ADP 15 case
                15 Henderson PROPN 11 obl
                16 , PUNCT 11 punct
                17 rejoignent VERB 11 advcl rejoindre p,3,sub,ind,pres
                18 la DET 19 det
                19 flotte NOUN 17 obj flotte s,f
                20 . PUNCT 11 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("patrouilleurs<-nsubj-rejoignent", Conll.attachment(g, "patrouilleurs"));
        assertEquals("construits<-acl-patrouilleurs", Conll.attachment(g, "construits"));
    }

    @Test
    void aSupplierNounAfterADashIsInAppositionToTheNameBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 armée NOUN 25 nsubj armée s,f
                3 , PUNCT 2 punct
                4 reconstituée VERB 2 acl reconstituer s,f,ppa
                5 avec ADP 7 case
                6 l' DET 7 det
                7 appui NOUN 4 obl:mod appui s,m
                8 de ADP 10 case
                9 les DET 10 det
                10 États-Unis PROPN 7 nmod États-Unis p,m
                11 -- PUNCT 4 punct
                12 premier ADJ 13 amod premier s,m
                13 fournisseur NOUN 2 appos fournisseur s,m
                14 d' ADP 15 case
                15 armes NOUN 13 nmod arme p,f
                16 de ADP 18 case
                17 le DET 18 det
                18 pays NOUN 13 nmod pays m,sp
                19 dans ADP 21 case
                20 les DET 21 det
                21 années NOUN 13 nmod année p,f
                22 1980 NUM 21 nmod
                23 -- PUNCT 25 punct
                24 , PUNCT 25 punct
                25 reste VERB 0 root rester pres,3,s,2,1,sub,ind,imp
                26 une DET 27 det
                27 force NOUN 25 obj force s,f
                28 légère ADJ 27 amod léger s,f
                29 . PUNCT 25 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-appos-États-Unis", Conll.attachment(g, "fournisseur"));
    }
}
