package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Repairs of complements, lists and words read as names, on dependency graphs written by hand: no model is loaded. */
class ComplementRepairsTest {

    @Test
    void aPartitiveRightAfterAComplementInAIsThatVerbsObjectEvenWhenHungOnALaterVerb() {
        SemanticGraph g = Conll.parse("""
                1 Ottawa PROPN 3 nsubj
                2 a AUX 3 aux
                3 livré VERB 0 root livrer
                4 à ADP 6 case
                5 l' DET 6 det
                6 Arabie PROPN 3 obl
                7 saoudite ADJ 6 amod
                8 de ADP 10 case
                9 les DET 10 det
                10 centaines NOUN 17 obl:mod
                11 de ADP 12 case
                12 blindés NOUN 10 nmod
                13 , PUNCT 17 punct
                14 et CCONJ 17 cc
                15 les DET 16 det
                16 livraisons NOUN 17 nsubj
                17 continuent VERB 3 conj continuer
                """);
        ParseRepairs.apply(g);
        assertEquals("centaines<-obj-livré", Conll.attachment(g, "centaines"));
    }

    @Test
    void aPartitiveNounConjoinedToTheVerbJoinsItsObject() {
        SemanticGraph g = Conll.parse("""
                1 fournir VERB 0 root
                2 des DET 3 det
                3 radars NOUN 1 obj
                4 et CCONJ 7 cc
                5 de ADP 7 case
                6 les DET 7 det
                7 blindés NOUN 1 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("blindés<-conj-radars", Conll.attachment(g, "blindés"));
    }

    @Test
    void aPartitiveRightAfterADativeIsTheObjectOfAVerbWithoutOne() {
        SemanticGraph g = Conll.parse("""
                1 fournir VERB 0 root
                2 à ADP 4 case
                3 le DET 4 det
                4 royaume NOUN 1 obl
                5 de ADP 7 case
                6 les DET 7 det
                7 bombes NOUN 4 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("bombes<-obj-fournir", Conll.attachment(g, "bombes"));
    }

    @Test
    void aTimePhraseAfterAColonBelongsToTheClauseAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 Derrière ADV 3 advmod
                2 Prague PROPN 3 nsubj
                3 tenait VERB 11 advcl
                4 Moscou PROPN 3 obj
                5 : PUNCT 3 punct
                6 de ADP 7 case
                7 1955 NUM 3 obl:mod
                8 , PUNCT 3 punct
                9 l'Union NOUN 11 nsubj
                10 a AUX 11 aux
                11 armé VERB 0 root
                12 l'Égypte PROPN 11 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("1955<-obl:mod-armé", Conll.attachment(g, "1955"));
    }

    @Test
    void aNameAfterAQuantifiedAdverbialIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Conseil NOUN 2 nsubj
                2 condamne VERB 0 root
                3 à ADP 5 case
                4 plusieurs DET 5 det
                5 reprises NOUN 2 obl
                6 Pretoria PROPN 5 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("Pretoria<-obj-condamne", Conll.attachment(g, "Pretoria"));
    }

    @Test
    void aNameWithAnAsideAfterASemicolonIsTheSubjectOfTheVerbAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 raïs NOUN 2 nsubj
                2 cherchait VERB 0 root
                3 armes NOUN 2 obj
                4 alliés NOUN 12 nsubj
                5 ; PUNCT 4 punct
                6 Israël PROPN 4 appos
                7 , PUNCT 10 punct
                8 de ADP 10 case
                9 son DET 10 det
                10 côté NOUN 6 appos
                11 , PUNCT 4 punct
                12 reprochait VERB 2 conj
                13 Caire PROPN 12 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("Israël<-nsubj-reprochait", Conll.attachment(g, "Israël"));
        assertEquals("côté<-obl:mod-reprochait", Conll.attachment(g, "côté"));
    }

    @Test
    void aPartitiveAfterATimePhraseInAIsNoObject() {
        SemanticGraph g = Conll.parse("""
                1 deviennent VERB 0 root
                2 à ADP 5 case
                3 partir VERB 2 fixed
                4 la DET 5 det
                5 fin NOUN 1 obl
                6 de ADP 8 case
                7 les DET 8 det
                8 années NOUN 5 nmod
                9 1960 NUM 8 nmod
                10 fournisseur NOUN 1 xcomp
                """);
        ParseRepairs.apply(g);
        assertEquals("années<-nmod-fin", Conll.attachment(g, "années"));
    }

    @Test
    void theObjectAfterAQueClauseWithAnInsertIsTheClausesOwn() {
        SemanticGraph g = Conll.parse("""
                1 oublié VERB 0 root
                2 que SCONJ 4 mark
                3 Nicosie PROPN 4 nsubj
                4 commandé VERB 1 ccomp
                5 Moscou PROPN 4 obl
                6 , PUNCT 1 punct
                7 en ADP 8 case
                8 1997 NUM 1 obl
                9 , PUNCT 1 punct
                10 missiles NOUN 1 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("missiles<-obj-commandé", Conll.attachment(g, "missiles"));
        assertEquals("1997<-obl-commandé", Conll.attachment(g, "1997"));
    }

    @Test
    void theDontOfACopularVerbsSubjectCompletesItsAttribute() {
        SemanticGraph g = Conll.parse("""
                1 Arabie PROPN 0 root
                2 dont PRON 3 nmod
                3 États-Unis PROPN 4 nsubj
                4 demeurent VERB 1 acl:relcl demeurer 3,ind,pres,p
                5 fournisseurs NOUN 4 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("dont<-nmod-fournisseurs", Conll.attachment(g, "dont"));
    }

    @Test
    void aNameAfterCommeWithTheSamePrepositionIsASecondItem() {
        SemanticGraph g = Conll.parse("""
                1 fournisseur NOUN 0 root
                2 de ADP 4 case
                3 le DET 4 det
                4 Kazakhstan PROPN 1 nmod
                5 comme ADP 8 case
                6 de ADP 8 case
                7 le DET 8 det
                8 Tadjikistan PROPN 4 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Tadjikistan<-conj-Kazakhstan", Conll.attachment(g, "Tadjikistan"));
    }

    @Test
    void aCapitalisedNounAfterADativeStaysPartOfItsName() {
        SemanticGraph g = Conll.parse("""
                1 écrit VERB 0 root
                2 à ADP 4 case
                3 le DET 4 det
                4 ministère NOUN 1 obl
                5 de ADP 7 case
                6 les DET 7 det
                7 Armées NOUN 4 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Armées<-nmod-ministère", Conll.attachment(g, "Armées"));
    }

    @Test
    void aCountedNounAfterAnAppositionOfAnAupresComplementIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 dénoncé VERB 0 root
                2 auprès ADV 3 case
                3 secrétaire NOUN 1 obl
                4 Annan PROPN 3 appos
                5 douze NUM 6 nummod
                6 violations NOUN 3 appos
                7 par ADP 8 case
                8 chasseurs NOUN 3 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("violations<-obj-dénoncé", Conll.attachment(g, "violations"));
        assertEquals("chasseurs<-nmod-violations", Conll.attachment(g, "chasseurs"));
    }

    @Test
    void namesCoordinatedWithACommonNounJoinTheLastNameBeforeThem() {
        SemanticGraph g = Conll.parse("""
                1 déclaration NOUN 0 root
                2 signée VERB 1 acl
                3 par ADP 4 case
                4 Croatie PROPN 2 obl:agent
                5 Albanie PROPN 1 conj
                6 et CCONJ 7 cc
                7 Kosovo PROPN 1 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("Albanie<-conj-Croatie", Conll.attachment(g, "Albanie"));
    }

    @Test
    void aNounAfterAQuotedObliqueIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 condamnait VERB 0 root
                2 « PUNCT 4 punct
                3 dans ADP 4 case
                4 termes NOUN 1 obl:arg
                5 » PUNCT 4 punct
                6 les DET 7 det
                7 frappes NOUN 4 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("frappes<-obj-condamnait", Conll.attachment(g, "frappes"));
    }

    @Test
    void aComplementBeforeACommaThatOpensAnotherClauseIsTheObjectsVerbs() {
        SemanticGraph g = Conll.parse("""
                1 exportent VERB 0 root
                2 des DET 3 det
                3 armes NOUN 1 obj
                4 en ADP 5 case
                5 Éthiopie PROPN 9 obl:mod
                6 , PUNCT 9 punct
                7 la DET 8 det
                8 famine NOUN 9 nsubj
                9 persiste VERB 1 advcl
                """);
        ParseRepairs.apply(g);
        assertEquals("Éthiopie<-obl-exportent", Conll.attachment(g, "Éthiopie"));
    }

    @Test
    void aFrontedComplementOfItsOwnClauseStays() {
        SemanticGraph g = Conll.parse("""
                1 En ADP 2 case
                2 Éthiopie PROPN 5 obl:mod
                3 , PUNCT 5 punct
                4 famine NOUN 5 nsubj
                5 persiste VERB 0 root
                """);
        ParseRepairs.apply(g);
        assertEquals("Éthiopie<-obl:mod-persiste", Conll.attachment(g, "Éthiopie"));
    }

    @Test
    void aDeComplementOnADemonstrativeAgentIsTheNouns() {
        SemanticGraph g = Conll.parse("""
                1 commande NOUN 0 root
                2 par ADP 4 case
                3 ce DET 4 det
                4 pays NOUN 1 nmod
                5 de ADP 6 case
                6 missiles NOUN 4 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("missiles<-nmod-commande", Conll.attachment(g, "missiles"));
    }

    @Test
    void aNounWithANameForDeterminerIsAVerbAndHeadsTheSentenceAfterAnOpeningSubordinate() {
        // « Lorsque les chars franchissent la frontière, fin 1979, Moscou arme déjà Kaboul »
        SemanticGraph g = Conll.parse("""
                1 Lorsque SCONJ 3 mark
                2 chars NOUN 3 nsubj
                3 franchissent VERB 0 root
                4 frontière NOUN 3 obj
                5 , PUNCT 6 punct
                6 fin NOUN 3 obl
                7 1979 NUM 6 nmod
                8 , PUNCT 10 punct
                9 Moscou PROPN 10 det
                10 arme NOUN 6 conj arme f,s armer ind,pres,3,s
                11 déjà ADV 12 advmod
                12 Kaboul PROPN 10 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("VERB", g.getNodeByIndex(10).tag());
        assertEquals("Moscou<-nsubj-arme", Conll.attachment(g, "Moscou"));
        assertEquals("Kaboul<-obj-arme", Conll.attachment(g, "Kaboul"));
        assertEquals("franchissent<-advcl-arme", Conll.attachment(g, "franchissent"));
    }

    @Test
    void aRealNounWithItsOwnArticleStaysANoun() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 0 root
                2 vend VERB 1 acl
                3 l' DET 4 det
                4 arme NOUN 2 obj arme f,s armer ind,pres,3,s
                """);
        ParseRepairs.apply(g);
        assertEquals("NOUN", g.getNodeByIndex(4).tag());
    }

    @Test
    void aSincePhraseHungOnTheObjectDatesTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 2 nsubj
                2 équipe VERB 0 root équiper ind,pres
                3 armée NOUN 2 obj armée f,s
                4 depuis ADP 5 case
                5 fin NOUN 3 nmod fin f,s
                6 de ADP 7 case
                7 années NOUN 5 nmod année f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("fin<-obl:mod-équipe", Conll.attachment(g, "fin"));
    }

    @Test
    void aNameWithoutPrepositionAfterAnAdverbialIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Jakarta PROPN 3 nsubj
                2 a AUX 3 aux
                3 accusé VERB 0 root accuser ppa
                4 à ADP 6 case
                5 plusieurs DET 6 det
                6 reprises NOUN 3 obl reprise f,p
                7 Pékin PROPN 3 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("Pékin<-obj-accusé", Conll.attachment(g, "Pékin"));
        assertEquals("reprises<-obl-accusé", Conll.attachment(g, "reprises"));
    }

    @Test
    void aNameWithoutPrepositionAfterTheObjectAndACommaIsTheObjectsConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 2 nsubj
                2 accuse VERB 0 root accuser ind,pres
                3 Washington PROPN 2 obj
                4 , PUNCT 5 punct
                5 Londres PROPN 2 obl
                6 et CCONJ 7 cc
                7 Canberra PROPN 5 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("Londres<-conj-Washington", Conll.attachment(g, "Londres"));
    }

    @Test
    void aComplementAfterDeLongueDateBelongsToTheNounBefore() {
        SemanticGraph g = Conll.parse("""
                1 fournisseur NOUN 0 root fournisseur m,s
                2 de ADP 4 case
                3 longue ADJ 4 amod long f,s
                4 date NOUN 1 nmod date f,s
                5 de ADP 6 case
                6 marine NOUN 4 nmod marine f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("marine<-nmod-fournisseur", Conll.attachment(g, "marine"));
    }

    @Test
    void aNameAddedWithAinsiQueAfterAnObliqueGoesWithTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Israël PROPN 2 nsubj
                2 tient VERB 0 root tenir ind,pres
                3 Damas PROPN 2 obj
                4 pour ADP 5 case
                5 responsable NOUN 2 obl responsable e,s
                6 , PUNCT 5 punct
                7 ainsi ADV 9 cc
                8 que SCONJ 7 fixed
                9 Téhéran PROPN 5 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("Téhéran<-conj-Damas", Conll.attachment(g, "Téhéran"));
    }

    @Test
    void aBareParticipleConjoinedToAnAdjectiveSharesTheCompoundVerbBefore() {
        SemanticGraph g = Conll.parse("""
                1 Alger PROPN 3 nsubj
                2 a AUX 3 aux
                3 reproché VERB 0 root reprocher ppa
                4 actes NOUN 3 obj acte m,p
                5 incessants ADJ 3 xcomp incessant m,p
                6 et CCONJ 7 cc
                7 imputé VERB 5 conj imputer ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("imputé<-conj-reproché", Conll.attachment(g, "imputé"));
    }

    @Test
    void aBareNounAfterAListOfNamesIsTheirApposition() {
        SemanticGraph g = Conll.parse("""
                1 Pologne PROPN 0 root
                2 et CCONJ 3 cc
                3 Canada PROPN 1 conj
                4 , PUNCT 6 punct
                5 premiers ADJ 6 amod premier m,p
                6 pays NOUN 1 conj pays m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("pays<-appos-Pologne", Conll.attachment(g, "pays"));
        assertEquals("Canada<-conj-Pologne", Conll.attachment(g, "Canada"));
    }

    @Test
    void aVerbReadAsPartOfAName() {
        // « Washington arme Taipei depuis 1979 et lui vend des F-16 »: one name "Washington arme Taipei" to the parser.
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 0 root
                2 arme NOUN 1 flat:name arme f,s armer ind,pres,3,s
                3 Taipei PROPN 1 flat:name
                4 depuis ADP 5 case
                5 1979 NUM 1 nmod
                6 et CCONJ 8 cc
                7 lui PRON 8 iobj
                8 vend VERB 1 conj
                9 F-16 PROPN 8 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("VERB", g.getNodeByIndex(2).tag());
        assertEquals(g.getNodeByIndex(2), g.getFirstRoot());
        assertEquals("Washington<-nsubj-arme", Conll.attachment(g, "Washington"));
        assertEquals("Taipei<-obj-arme", Conll.attachment(g, "Taipei"));
        assertEquals("1979<-obl-arme", Conll.attachment(g, "1979"));
        assertEquals("vend<-conj-arme", Conll.attachment(g, "vend"));
    }

    @Test
    void aNameWithALowercaseWordThatIsNoVerbStaysAName() {
        SemanticGraph g = Conll.parse("""
                1 Banque PROPN 0 root
                2 mondiale NOUN 1 flat:name mondial f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("mondiale<-flat:name-Banque", Conll.attachment(g, "mondiale"));
    }

    @Test
    void untilTakenForAnAdjectiveOfTheAgentIsTheCaseOfTheYearThatDatesTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 l'armée NOUN 3 nsubj:pass
                2 fut AUX 3 aux:pass
                3 équipée VERB 0 root équiper f,s,ppa
                4 par ADP 5 case
                5 l'Union NOUN 3 obl:agent
                6 soviétique ADJ 5 amod
                7 jusqu'en ADJ 5 amod
                8 1989 NUM 5 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("jusqu'en<-case-1989", Conll.attachment(g, "jusqu'en"));
        assertEquals("1989<-obl:mod-équipée", Conll.attachment(g, "1989"));
    }

    @Test
    void anAgentHungOnAPassiveVerbsComplementIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 valut VERB 0 root valoir 3,ind,ps,s
                2 à ADP 3 case
                3 Haye PROPN 1 obl
                4 d' ADP 6 mark
                5 être AUX 6 aux:pass
                6 accusée VERB 1 acl accuser f,s,ppa
                7 d' ADP 8 case
                8 ingérence NOUN 6 obl:arg
                9 par ADP 10 case
                10 Pékin PROPN 8 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Pékin<-obl:agent-accusée", Conll.attachment(g, "Pékin"));
    }

    @Test
    void aPartitiveAfterAMonthAndItsYearIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Roumanie PROPN 4 nsubj Roumanie f,s,sp
                3 a AUX 4 aux avoir 3,avoir,ind,pres,s
                4 livré VERB 0 root livrer m,ppa,s
                5 dès ADP 6 case
                6 mars NOUN 4 obl mars m,sp
                7 2023 NUM 6 nummod
                8 de ADP 10 case
                9 les DET 10 det
                10 obus NOUN 6 nmod obus m,sp
                11 à ADP 12 case
                12 Kiev PROPN 10 nmod Kiev e,sp
                13 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("obus<-obj-livré", Conll.attachment(g, "obus"));
        assertEquals("Kiev<-obl-livré", Conll.attachment(g, "Kiev"));
    }

    @Test
    void theComplementOfAPeriodIsNoObject() {
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 2 nsubj Washington e,sp
                2 devient VERB 0 root devenir 3,ind,pres,s
                3 à ADP 5 case
                4 partir ADP 3 fixed
                5 fin NOUN 2 obl fin f,s
                6 de ADP 8 case
                7 les DET 8 det
                8 années NOUN 5 nmod année f,p
                9 1960 NUM 8 nmod
                10 le DET 11 det
                11 fournisseur NOUN 2 xcomp fournisseur m,s
                12 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("années<-nmod-fin", Conll.attachment(g, "années"));
    }

    @Test
    void aBareDateTakenForTheObjectDatesTheVerbAndTheNounPhraseHungAfterItIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Bucarest PROPN 3 nsubj Bucarest e,sp
                2 a AUX 3 aux avoir 3,avoir,ind,pres,s
                3 signé VERB 0 root signer m,ppa,s
                4 fin NOUN 3 obj fin f,m,s
                5 2023 NUM 4 nummod
                6 avec ADP 7 case
                7 Washington PROPN 3 obl:arg Washington e,sp
                8 la DET 9 det
                9 commande NOUN 7 appos commande f,s
                10 de ADP 12 case
                11 trente-deux NUM 12 nummod trente-deux e,p
                12 F-35 PROPN 9 nmod
                13 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("commande<-obj-signé", Conll.attachment(g, "commande"));
        assertEquals("fin<-obl:mod-signé", Conll.attachment(g, "fin"));
    }

    @Test
    void aParticipleHungOnAPercentageDescribesTheNounThePercentageIsOf() {
        SemanticGraph g = Conll.parse("""
                1 40 NUM 2 nummod
                2 % SYM 9 nsubj
                3 de ADP 5 case
                4 les DET 5 det
                5 armes NOUN 2 nmod arme f,p
                6 importées VERB 2 acl importer f,p,ppa
                7 par ADP 8 case
                8 Inde PROPN 6 obl:agent Inde f,s
                9 venaient VERB 0 root venir 3,impa,ind,p
                10 de ADP 11 case
                11 Russie PROPN 9 obl:arg Russie f,s
                12 . PUNCT 9 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("importées<-acl-armes", Conll.attachment(g, "importées"));
    }

    @Test
    void aBareNounAfterDeOnTheObjectOfAccuserIsTheCharge() {
        SemanticGraph g = Conll.parse("""
                1 Il PRON 3 nsubj il 3,m,pers,s,suj
                2 a AUX 3 aux avoir 3,avoir,ind,pres,s
                3 accusé VERB 0 root accuser m,ppa,s
                4 les DET 6 det
                5 deux NUM 6 nummod
                6 capitales NOUN 3 obj capitale f,p
                7 de ADP 9 case
                8 « PUNCT 9 punct
                9 trahison NOUN 6 nmod trahison f,s
                10 » PUNCT 9 punct
                11 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("trahison<-obl:arg-accusé", Conll.attachment(g, "trahison"));
    }

    @Test
    void aComplementWithItsArticleOnTheObjectOfAccuserStaysTheObjects() {
        SemanticGraph g = Conll.parse("""
                1 Il PRON 3 nsubj il 3,m,pers,s,suj
                2 a AUX 3 aux avoir 3,avoir,ind,pres,s
                3 accusé VERB 0 root accuser m,ppa,s
                4 le DET 5 det
                5 ministre NOUN 3 obj ministre m,s
                6 de ADP 8 case
                7 la DET 8 det
                8 Défense NOUN 5 nmod défense f,s
                9 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Défense<-nmod-ministre", Conll.attachment(g, "Défense"));
    }

    @Test
    void aLengthOfTimeBeforePostposedDurantIsTheTimeAndTheNounAfterItTheObject() {
        SemanticGraph g = Conll.parse("""
                1 qui PRON 2 nsubj
                2 resta VERB 0 root rester ind,psim,3,s
                3 des DET 4 det
                4 décennies NOUN 2 obj décennie f,p
                5 durant ADP 8 case
                6 son DET 8 det
                7 principal ADJ 8 amod
                8 fournisseur NOUN 2 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("durant<-case-décennies", Conll.attachment(g, "durant"));
        assertEquals("décennies<-obl-resta", Conll.attachment(g, "décennies"));
        assertEquals("fournisseur<-obj-resta", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void aNounHungOnALocutionWithAPossessiveIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 en ADP 2 mark
                2 portant VERB 0 root porter ppre
                3 à ADP 5 case
                4 son DET 5 det
                5 tour NOUN 2 obl
                6 plainte NOUN 5 appos
                7 contre ADP 9 case
                8 le DET 9 det
                9 mur NOUN 2 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("plainte<-obj-portant", Conll.attachment(g, "plainte"));
    }

    @Test
    void aNounHungOnPourLEssentielIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 qui PRON 2 nsubj
                2 équipent VERB 0 root équiper ind,pres,3,p
                3 pour ADP 5 case
                4 l' DET 5 det
                5 essentiel NOUN 2 obl
                6 les DET 7 det
                7 forces NOUN 5 appos force f,p
                8 paraguayennes ADJ 7 amod
                """);
        ParseRepairs.apply(g);
        assertEquals("forces<-obj-équipent", Conll.attachment(g, "forces"));
    }

    @Test
    void anAgentHungOnPourLEssentielIsTheParticiplesAndAPhraseReadAsItsConjunctIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 armée NOUN 4 nsubj:pass
                2 a AUX 4 aux
                3 été AUX 4 aux:pass
                4 financée VERB 0 root financer f,s,ppa
                5 pour ADP 7 case
                6 l' DET 7 det
                7 essentiel NOUN 4 obl
                8 par ADP 9 case
                9 Washington PROPN 7 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Washington<-obl:agent-financée", Conll.attachment(g, "Washington"));
        SemanticGraph h = Conll.parse("""
                1 arsenal NOUN 2 nsubj
                2 provient VERB 0 root provenir ind,pres,3,s
                3 pour ADP 5 case
                4 l' DET 5 det
                5 essentiel NOUN 2 obl
                6 de ADP 8 case
                7 l' DET 8 det
                8 Armée NOUN 5 conj
                """);
        ParseRepairs.apply(h);
        assertEquals("Armée<-obl-provient", Conll.attachment(h, "Armée"));
    }

    @Test
    void aPartitiveHungOnABareAdverbialNounIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 ont AUX 2 aux
                2 mis VERB 0 root mettre m,p,ppa
                3 en ADP 4 case
                4 cause NOUN 2 obl
                5 sans ADP 6 case
                6 détour NOUN 2 obl
                7 de ADP 9 case
                8 les DET 9 det
                9 organes NOUN 6 nmod organe m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("organes<-obj-mis", Conll.attachment(g, "organes"));
    }

    @Test
    void aPartitiveAfterADecadeIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 armée NOUN 3 nsubj
                2 a AUX 3 aux
                3 reçu VERB 0 root recevoir m,s,ppa
                4 dans ADP 6 case
                5 les DET 6 det
                6 années NOUN 3 obl:mod année f,p
                7 1970 NUM 6 nmod
                8 de ADP 10 case
                9 les DET 10 det
                10 avions NOUN 6 nmod avion m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("avions<-obj-reçu", Conll.attachment(g, "avions"));
    }

    @Test
    void aBareNounCoordinatedWithTheComplementOfABareNounIsThatNounsConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Londres PROPN 0 root
                2 , PUNCT 3 punct
                3 fournisseur NOUN 1 appos
                4 de ADP 6 case
                5 le DET 6 det
                6 sultanat NOUN 3 nmod
                7 et CCONJ 8 cc
                8 garant NOUN 6 conj
                9 de ADP 11 case
                10 sa DET 11 det
                11 sécurité NOUN 6 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("garant<-conj-fournisseur", Conll.attachment(g, "garant"));
        assertEquals("sécurité<-nmod-garant", Conll.attachment(g, "sécurité"));
    }

    @Test
    void aCliticObjectTaggedAsAnArticleIsAPronoun() {
        SemanticGraph g = Conll.parse("""
                1 par ADP 3 mark
                2 les DET 3 obj
                3 revendre VERB 0 root
                """);
        ParseRepairs.apply(g);
        assertEquals("PRON", g.getNodeByIndex(2).tag());
    }

    @Test
    void aTimePhraseReadAsAConjunctOfTheObliqueIsTheVerbsAndTheObjectAfterItToo() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Force NOUN 4 nsubj
                3 a AUX 4 aux
                4 reçu VERB 0 root recevoir ppa,m,s
                5 de ADP 7 case
                6 l' DET 7 det
                7 Espagne PROPN 4 obl:arg
                8 , PUNCT 11 punct
                9 à ADP 11 case
                10 le DET 11 det
                11 début NOUN 7 conj
                12 de ADP 14 case
                13 les DET 14 det
                14 années NOUN 11 nmod année f,p
                15 2020 NUM 14 nmod
                16 , PUNCT 4 punct
                17 des DET 18 det
                18 avions NOUN 16 dep avion m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("début<-obl:mod-reçu", Conll.attachment(g, "début"));
        assertEquals("avions<-obj-reçu", Conll.attachment(g, "avions"));
    }

    @Test
    void anObjectAfterATimePhraseTakenForAConjunctOfANounBeforeTheVerbIsTheVerbsWithTheConjunctsAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 Espagne PROPN 3 nsubj
                3 tenait VERB 0 root tenir
                4 le DET 5 det
                5 rang NOUN 3 obj
                6 : PUNCT 10 punct
                7 Madrid PROPN 10 nsubj
                8 lui PRON 10 iobj
                9 avait AUX 10 aux
                10 cédé VERB 3 conj céder
                11 , PUNCT 10 punct
                12 dans ADP 14 case
                13 les DET 14 det
                14 années NOUN 10 obl:mod année f,p
                15 1970 NUM 14 nmod
                16 , PUNCT 18 punct
                17 des DET 18 det
                18 chars NOUN 5 conj char m,p
                19 et CCONJ 21 cc
                20 des DET 21 det
                21 avions NOUN 5 conj avion m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("chars<-obj-cédé", Conll.attachment(g, "chars"));
        assertEquals("avions<-conj-chars", Conll.attachment(g, "avions"));
    }

    @Test
    void aNameWithDesBeforeTheObjectIsWhereTheObjectComesFrom() {
        SemanticGraph g = Conll.parse("""
                1 Quito PROPN 3 nsubj
                2 a AUX 3 aux
                3 reçu VERB 0 root recevoir
                4 des DET 5 det
                5 Pays-Bas PROPN 3 obj
                6 deux NUM 7 nummod
                7 frégates NOUN 3 obj frégate f,p
                8 d' ADP 9 case
                9 occasion NOUN 7 nmod occasion f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Pays-Bas<-obl:arg-reçu", Conll.attachment(g, "Pays-Bas"));
        assertEquals("des<-case-Pays-Bas", Conll.attachment(g, "des"));
        assertEquals("frégates<-obj-reçu", Conll.attachment(g, "frégates"));
    }

    @Test
    void aComplementAfterEtBeforeItsAppositionIsAConjunctOfTheComplementInTheSameCase() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 canons NOUN 5 nsubj:pass canon m,p
                3 ont AUX 5 aux
                4 été AUX 5 aux:pass
                5 vendus VERB 0 root vendre
                6 à ADP 8 case
                7 la DET 8 det
                8 Turquie PROPN 5 obl
                9 , PUNCT 12 punct
                10 qui PRON 12 nsubj
                11 les PRON 12 obj
                12 produit VERB 8 acl:relcl produire
                13 , PUNCT 5 punct
                14 et CCONJ 20 cc
                15 à ADP 17 case
                16 l' DET 17 det
                17 Estonie PROPN 20 obl:mod
                18 , PUNCT 17 punct
                19 premier ADJ 20 amod
                20 client NOUN 5 conj client m,s
                21 balte ADJ 20 amod
                """);
        ParseRepairs.apply(g);
        assertEquals("Estonie<-conj-Turquie", Conll.attachment(g, "Estonie"));
        assertEquals("et<-cc-Estonie", Conll.attachment(g, "et"));
        assertEquals("client<-appos-Estonie", Conll.attachment(g, "client"));
    }

    @Test
    void theObjectOfADativeThatListsNamesIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Caire PROPN 4 nsubj
                3 a AUX 4 aux
                4 signé VERB 0 root signer
                5 avec ADP 7 case
                6 les DET 7 det
                7 constructeurs NOUN 4 obl:arg constructeur m,p
                8 Naval PROPN 7 appos
                9 Group PROPN 8 flat:name
                10 et CCONJ 11 cc
                11 MBDA PROPN 8 conj
                12 de ADP 14 case
                13 les DET 14 det
                14 contrats NOUN 11 nmod contrat m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("contrats<-obj-signé", Conll.attachment(g, "contrats"));
    }

    @Test
    void aPourPhraseRightAfterTheComplementsOfAParticipleOnTheObjectIsTheParticiples() {
        SemanticGraph g = Conll.parse("""
                1 Berne PROPN 3 nsubj
                2 a AUX 3 aux
                3 défendu VERB 0 root défendre
                4 le DET 5 det
                5 contrat NOUN 3 obj contrat m,s
                6 signé VERB 5 acl signer m,s,ppa
                7 avec ADP 9 case
                8 les DET 9 det
                9 États-Unis PROPN 6 obl:arg
                10 pour ADP 12 case
                11 trente-six NUM 12 nummod
                12 chasseurs NOUN 3 obl chasseur m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("chasseurs<-obl-signé", Conll.attachment(g, "chasseurs"));
    }

    @Test
    void anAgentHungOnTheVerbAfterADescribingParticipleIsTheParticiples() {
        SemanticGraph g = Conll.parse("""
                1 Son DET 2 det
                2 armée NOUN 0 root armée s,f
                3 , PUNCT 2 punct
                4 équipée VERB 2 acl équiper s,f,ppa
                5 de ADP 7 case
                6 longue ADJ 7 amod long s,f
                7 date NOUN 4 obl:arg date s,f
                8 par ADP 10 case
                9 l' DET 10 det
                10 Union NOUN 15 obl:mod union s,f
                11 soviétique ADJ 10 amod soviétique s,e
                12 , PUNCT 10 punct
                13 a AUX 15 aux avoir pres,3,ind,avoir,s
                14 ensuite ADV 15 advmod
                15 reçu VERB 7 acl:relcl recevoir s,ppa,m
                16 le DET 17 det
                17 renfort NOUN 15 obj renfort s,m
                18 de ADP 19 case
                19 soldats NOUN 17 nmod soldat p,m
                20 libyens ADJ 19 amod libyen p,m
                21 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Union<-obl:agent-équipée", Conll.attachment(g, "Union"));
    }

    @Test
    void aStressedPronounWithAussiAfterAParticipleIsNoObjectAndWhatHangsOnItIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 Cette DET 2 det
                2 dépendance NOUN 4 nsubj:pass dépendance s,f
                3 est AUX 4 aux:pass être pres,3,ind,s,etre
                4 partagée VERB 0 root partager s,f,ppa
                5 par ADP 7 case
                6 le DET 7 det
                7 voisin NOUN 4 obl:agent voisin s,m
                8 kirghiz ADJ 7 amod kirghiz m,sp
                9 , PUNCT 7 punct
                10 armé VERB 7 acl armer s,ppa,m
                11 lui PRON 10 obj lui e,s,obj,m,suj,3,pers
                12 aussi ADV 11 advmod
                13 de ADP 15 case
                14 longue ADJ 15 amod long s,f
                15 date NOUN 11 nmod date s,f
                16 par ADP 17 case
                17 Moscou PROPN 15 nmod Moscou e,sp
                18 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("lui<-dislocated-armé", Conll.attachment(g, "lui"));
        assertEquals("date<-obl-armé", Conll.attachment(g, "date"));
        assertEquals("Moscou<-obl:agent-armé", Conll.attachment(g, "Moscou"));
    }

    @Test
    void aCountedNounWithoutPrepositionHungOnTheDativeIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 4 nsubj États-Unis p,m
                3 ont AUX 4 aux avoir p,3,ind,avoir,pres
                4 offert VERB 0 root offrir s,ppa,m
                5 à ADP 7 case
                6 nos DET 7 det
                7 garde-côtes NOUN 4 obl garde-côtes m,sp
                8 une NUM 9 nummod
                9 dizaine NOUN 7 nmod dizaine s,f
                10 d' ADP 11 case
                11 embarcations NOUN 9 nmod embarcation p,f
                12 d' ADP 13 case
                13 interception NOUN 11 nmod interception s,f
                14 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("dizaine<-obj-offert", Conll.attachment(g, "dizaine"));
    }

    @Test
    void anAgentAfterAnAdverbIsThatOfTheAdjectiveParticipleOnTheNameInApposition() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 royaume NOUN 6 nsubj royaume s,m
                3 d' ADP 4 case
                4 Eswatini PROPN 2 nmod
                5 a AUX 6 aux avoir s,pres,3,ind,avoir
                6 reçu VERB 0 root recevoir m,s,ppa
                7 vendredi NOUN 6 obl vendredi s,m
                8 deux NUM 9 nummod
                9 hélicoptères NOUN 6 obj hélicoptère p,m
                10 Bell PROPN 9 appos Bell e,sp
                11 UH PROPN 10 flat:name
                12 -1 NUM 13 nummod
                13 H SYM 10 flat:name
                14 cédés ADJ 10 amod céder m,p,ppa
                15 gratuitement ADV 17 advmod
                16 par ADP 17 case
                17 Taïwan PROPN 9 nmod Taïwan s,m
                18 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Taïwan<-obl:agent-cédés", Conll.attachment(g, "Taïwan"));
    }

    @Test
    void anAgentHungOnTheAdverbAfterAParticipleIsTheParticiples() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 royaume NOUN 6 nsubj royaume s,m
                3 d' ADP 4 case
                4 Eswatini PROPN 2 nmod
                5 a AUX 6 aux avoir s,pres,3,ind,avoir
                6 reçu VERB 0 root recevoir m,s,ppa
                7 vendredi NOUN 6 obl vendredi s,m
                8 deux NUM 9 nummod
                9 hélicoptères NOUN 6 obj hélicoptère p,m
                10 Bell PROPN 9 appos Bell e,sp
                11 UH PROPN 10 flat:name
                12 -1 NUM 13 nummod
                13 H SYM 10 flat:name
                14 cédés ADJ 10 amod céder m,p,ppa
                15 gratuitement ADV 9 advmod
                16 par ADP 17 case
                17 Taïwan PROPN 15 obl:agent Taïwan s,m
                18 , PUNCT 6 punct
                19 lors ADV 22 case
                20 d' ADP 19 fixed
                21 une DET 22 det
                22 cérémonie NOUN 6 obl cérémonie s,f
                23 présidée VERB 22 acl présider s,f,ppa
                24 par ADP 26 case
                25 le DET 26 det
                26 roi NOUN 23 obl:agent roi s,m
                27 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Taïwan<-obl:agent-cédés", Conll.attachment(g, "Taïwan"));
    }

    @Test
    void aNameAfterPourLEssentielIsTheVerbsComplementNotAShareOfIt() {
        SemanticGraph g = Conll.parse("""
                1 Son DET 2 det
                2 armement NOUN 4 nsubj armement s,m
                3 léger ADJ 2 amod léger s,m
                4 provient VERB 0 root provenir 3,pres,ind,s
                5 pour ADP 7 case
                6 l' DET 7 det
                7 essentiel NOUN 4 obl essentiel s,m
                8 d' ADP 9 case
                9 Israël PROPN 7 nmod Israël s,m,sp,e
                10 , PUNCT 7 punct
                11 fournisseur NOUN 7 appos fournisseur s,m
                12 attitré ADJ 11 amod attitrer m,s,ppa
                13 de ADP 15 case
                14 les DET 15 det
                15 forces NOUN 11 nmod force p,f
                16 swazies ADJ 15 amod
                17 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Israël<-obl-provient", Conll.attachment(g, "Israël"));
    }
}
