package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Set;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/** Parse repairs on dependency graphs written by hand: no model is loaded. */
class ParseRepairsTest {

    @Test
    void aFiniteVerbRightAfterANounItWasHungOnIsThatNounsClause() {
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 2 nsubj Pékin e,s
                2 attaque VERB 0 root attaquer 3,ind,pres,s
                3 ; PUNCT 5 punct
                4 le DET 5 det
                5 Viêt PROPN 2 obj Viêt m,s
                6 dénonçait VERB 5 acl dénoncer 3,ind,impa,s
                7 une DET 8 det
                8 agression NOUN 6 obj agression f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Viêt<-nsubj-dénonçait", Conll.attachment(g, "Viêt"));
        assertEquals("dénonçait<-parataxis-attaque", Conll.attachment(g, "dénonçait"));
    }

    @Test
    void anAdjectiveOnTheNumberOfACountedModelNameIsTheNames() {
        SemanticGraph g = Conll.parse("""
                1 Lisbonne PROPN 2 nsubj
                2 acquiert VERB 0 root
                3 douze NUM 4 nummod
                4 F X 2 obj
                5 -16 NUM 4 nummod
                6 belges ADJ 5 amod
                """);
        ParseRepairs.apply(g);
        assertEquals("PROPN", g.getNodeByIndex(4).tag());
        assertEquals("belges<-amod-F", Conll.attachment(g, "belges"));
    }

    @Test
    void aPrepositionalPhraseThatACleftPutsFirstIsAnObliqueOfItsClause() {
        SemanticGraph g = Conll.parse("""
                1 C' PRON 6 nsubj
                2 est AUX 6 cop être 3,ind,pres,s
                3 auprès ADV 6 case
                4 de ADP 3 fixed
                5 la DET 6 det
                6 Chine PROPN 0 root
                7 que SCONJ 11 mark
                8 le DET 9 det
                9 Pakistan PROPN 11 nsubj
                10 a AUX 11 aux
                11 acquis VERB 6 ccomp acquérir
                12 ses DET 13 det
                13 frégates NOUN 11 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("acquis", g.getFirstRoot().word());
        assertEquals("Chine<-obl-acquis", Conll.attachment(g, "Chine"));
        assertEquals("Pakistan<-nsubj-acquis", Conll.attachment(g, "Pakistan"));
    }

    @Test
    void aNameRightAfterTheObjectHungOnTheVerbNamesTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Oslo PROPN 3 nsubj
                2 a AUX 3 aux
                3 acheté VERB 0 root acheter
                4 des DET 5 det
                5 systèmes NOUN 3 obj
                6 sol-air NOUN 5 compound
                7 NASAMS PROPN 3 obl
                8 en ADP 9 case
                9 1994 NUM 3 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("NASAMS<-appos-systèmes", Conll.attachment(g, "NASAMS"));
        assertEquals("1994<-obl-acheté", Conll.attachment(g, "1994"));
    }

    @Test
    void aPresentParticipleWithItsOwnSubjectAfterACommaIsAClauseOfItsOwn() {
        SemanticGraph g = Conll.parse("""
                1 Athènes PROPN 4 nsubj
                2 en PRON 4 expl
                3 a AUX 4 aux
                4 reçu VERB 0 root recevoir
                5 quarante NUM 4 obj
                6 , PUNCT 8 punct
                7 Paris PROPN 8 nsubj
                8 achetant VERB 5 acl acheter
                9 des DET 10 det
                10 olives NOUN 8 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("achetant<-advcl-reçu", Conll.attachment(g, "achetant"));
    }

    @Test
    void theNumberOfAModelNameTakenForTheNextWordsIsTheNamesAndThatWordQualifiesIt() {
        SemanticGraph g = Conll.parse("""
                1 Lima PROPN 2 nsubj
                2 acquiert VERB 0 root
                3 douze NUM 4 nummod
                4 MiG X 2 obj
                5 -29 NUM 6 nummod
                6 biélorusses NOUN 4 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("-29<-nummod-MiG", Conll.attachment(g, "-29"));
        assertEquals("biélorusses<-amod-MiG", Conll.attachment(g, "biélorusses"));
    }

    @Test
    void aModelNameHungOnAnAdjectiveNamesTheNounTheAdjectiveQualifies() {
        SemanticGraph g = Conll.parse("""
                1 Quito PROPN 2 nsubj
                2 reçoit VERB 0 root
                3 six DET 4 nummod
                4 avions NOUN 2 obj
                5 d' ADP 6 case
                6 attaque NOUN 4 nmod
                7 légère ADJ 4 amod
                8 Tucano PROPN 7 appos
                """);
        ParseRepairs.apply(g);
        assertEquals("Tucano<-appos-avions", Conll.attachment(g, "Tucano"));
    }

    @Test
    void aParticipleAfterTwoCoordinatedClausesIsTheNearerOnes() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 raid NOUN 3 nsubj
                3 tue VERB 0 root tuer
                4 deux NUM 5 nummod
                5 soldats NOUN 3 obj
                6 et CCONJ 8 cc
                7 Lima PROPN 8 nsubj
                8 rompt VERB 3 conj rompre
                9 , PUNCT 10 punct
                10 accusant VERB 3 advcl accuser
                11 Quito PROPN 10 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("accusant<-advcl-rompt", Conll.attachment(g, "accusant"));
    }

    @Test
    void aTimePhraseBetweenCopulaAndAttributeModifiesTheAttribute() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Chine PROPN 6 nsubj
                3 est AUX 6 cop
                4 depuis ADP 6 case
                5 les DET 6 det
                6 années NOUN 0 root
                7 1960 NUM 6 nmod
                8 le DET 9 det
                9 fournisseur NOUN 6 appos
                10 de ADP 11 case
                11 Islamabad PROPN 9 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Chine<-nsubj-fournisseur", Conll.attachment(g, "Chine"));
        assertEquals("années<-obl:mod-fournisseur", Conll.attachment(g, "années"));
        assertEquals("fournisseur", g.getFirstRoot().word());
    }

    @Test
    void anAgentHungOnTheLastNounOfAChainOfComplementsIsTheFirstNouns() {
        SemanticGraph g = Conll.parse("""
                1 Londres PROPN 2 nsubj
                2 dénonce VERB 0 root
                3 le DET 4 det
                4 tir NOUN 2 obj
                5 d' ADP 7 case
                6 un DET 7 det
                7 missile NOUN 4 nmod
                8 par ADP 10 case
                9 la DET 10 det
                10 Corée PROPN 7 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Corée<-nmod-tir", Conll.attachment(g, "Corée"));
    }

    @Test
    void aFiniteVerbCoordinatedWithAnEmbeddedVerbOfAnotherTenseJoinsTheVerbAbove() {
        SemanticGraph g = Conll.parse("""
                1 Alger PROPN 2 nsubj Alger e,s
                2 affirme VERB 0 root affirmer 3,ind,pres,s
                3 que SCONJ 7 mark
                4 l' DET 5 det
                5 appareil NOUN 7 nsubj appareil m,s
                6 avait AUX 7 aux avoir 3,ind,impa,s
                7 pénétré VERB 2 ccomp pénétrer ppa
                8 et CCONJ 9 cc
                9 reproche VERB 7 conj reprocher 3,ind,pres,s
                10 à ADP 11 case
                11 Bamako PROPN 9 obl:arg Bamako e,s
                """);
        ParseRepairs.apply(g);
        assertEquals("reproche<-conj-affirme", Conll.attachment(g, "reproche"));
    }

    @Test
    void aNamesAppositionThatOpensAListIsItsSecondMember() {
        SemanticGraph g = Conll.parse("""
                1 l' DET 2 det
                2 Arabie PROPN 12 nsubj Arabie f,s
                3 , PUNCT 2 punct
                4 les DET 5 det
                5 Émirats NOUN 2 appos émirat m,p
                6 , PUNCT 8 punct
                7 l' DET 8 det
                8 Égypte PROPN 5 conj Égypte f,s
                9 et CCONJ 11 cc
                10 leurs DET 11 det
                11 alliés NOUN 5 conj allié m,p
                12 rompent VERB 0 root rompre 3,ind,pres,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Émirats<-conj-Arabie", Conll.attachment(g, "Émirats"));
        assertEquals("Égypte<-conj-Arabie", Conll.attachment(g, "Égypte"));
    }

    @Test
    void aNamesAppositionWithoutAListStaysAnApposition() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 5 nsubj Moscou e,s
                2 , PUNCT 4 punct
                3 le DET 4 det
                4 fournisseur NOUN 1 appos fournisseur m,s
                5 livre VERB 0 root livrer 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-appos-Moscou", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void aPresentParticipleAfterACommaIsAnAdjunctNotAConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 2 nsubj Washington m,s
                2 équipait VERB 0 root équiper 3,ind,impa,s
                3 son DET 4 det
                4 armée NOUN 2 obj armée f,s
                5 , PUNCT 7 punct
                6 lui PRON 7 iobj
                7 fournissant VERB 2 conj fournir ppr
                8 des DET 9 det
                9 hélicoptères NOUN 7 obj hélicoptère m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("fournissant<-advcl-équipait", Conll.attachment(g, "fournissant"));
    }

    @Test
    void aNameAfterAnOpeningPhraseAndACommaIsTheSubjectOfTheVerbAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 Depuis ADP 3 case
                2 l' DET 3 det
                3 indépendance NOUN 9 nsubj indépendance f,s
                4 de ADP 5 case
                5 1991 NUM 3 nmod
                6 , PUNCT 8 punct
                7 la DET 8 det
                8 Russie PROPN 3 conj Russie f,s
                9 équipe VERB 0 root équiper 3,ind,pres,s
                10 l' DET 11 det
                11 armée NOUN 8 appos armée f,s
                12 kazakhe ADJ 11 amod kazakh f,s
                13 à ADP 15 case
                14 des DET 15 det
                15 conditions NOUN 8 nmod condition f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Russie<-nsubj-équipe", Conll.attachment(g, "Russie"));
        assertEquals("armée<-obj-équipe", Conll.attachment(g, "armée"));
        assertEquals("conditions<-obl-équipe", Conll.attachment(g, "conditions"));
    }

    @Test
    void aConjunctWithEtBeforeASubjectlessVerbStaysAConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 4 nsubj Paris m,s
                2 et CCONJ 3 cc
                3 Berlin PROPN 1 conj Berlin m,s
                4 livrent VERB 0 root livrer 3,ind,pres,p
                5 des DET 6 det
                6 chars NOUN 4 obj char m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Berlin<-conj-Paris", Conll.attachment(g, "Berlin"));
    }

    @Test
    void aComplementWithContreOnAnAgentIsTheVerbs() {
        SemanticGraph g = Conll.parse("""
                1 accusations NOUN 0 root
                2 portées VERB 1 acl
                3 par ADP 4 case
                4 Damas PROPN 2 obl:agent
                5 contre ADP 6 case
                6 Doha PROPN 4 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("Doha<-obl-portées", Conll.attachment(g, "Doha"));
    }

    @Test
    void anAdjectiveThatDisagreesWithItsNounModifiesTheNounAbove() {
        SemanticGraph g = Conll.parse("""
                1 avions NOUN 0 root avion m,p
                2 de ADP 3 case
                3 combat NOUN 1 nmod combat m,s
                4 turcs ADJ 3 amod turc m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("turcs<-amod-avions", Conll.attachment(g, "turcs"));
    }

    @Test
    void anAdjectiveThatAgreesStays() {
        SemanticGraph g = Conll.parse("""
                1 chars NOUN 0 root char m,p
                2 de ADP 4 case
                3 l' DET 4 det
                4 armée NOUN 1 nmod armée f,s
                5 turque ADJ 4 amod turc f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("turque<-amod-armée", Conll.attachment(g, "turque"));
    }

    @Test
    void aParticipleThatDisagreesWithItsSubjectModifiesTheNounItAgreesWith() {
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 2 nsubj Washington m,s
                2 accuse VERB 0 root accuser s
                3 le DET 4 det
                4 gouvernement NOUN 8 nsubj gouvernement m,s
                5 de ADP 6 case
                6 milices NOUN 4 nmod milice f,p
                7 armées ADJ 6 amod armé f,p
                8 interposées VERB 2 advcl interposer f,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("interposées<-acl-milices", Conll.attachment(g, "interposées"));
        assertEquals("gouvernement<-obj-accuse", Conll.attachment(g, "gouvernement"));
    }

    @Test
    void aBareParticipleConjoinedToACompoundVerbModifiesTheNounBeforeTheCommaWhenItDisagreesWithTheSubject() {
        SemanticGraph masculine = brokeWithUkraineAccused("le Mali PROPN 4 nsubj Mali m,s");
        assertEquals("accusée<-acl-Ukraine", Conll.attachment(masculine, "accusée"));
        SemanticGraph feminine = brokeWithUkraineAccused("la France PROPN 4 nsubj France f,s");
        assertEquals("accusée<-conj-rompu", Conll.attachment(feminine, "accusée"));
    }

    /** « SUBJECT a rompu avec l'Ukraine, accusée de soutenir le terrorisme », the participle a conjunct of « rompu ». */
    private static SemanticGraph brokeWithUkraineAccused(String subject) {
        String[] det = subject.split(" ", 2);
        SemanticGraph g = Conll.parse("1 " + det[0] + " DET 2 det\n2 " + det[1] + "\n" + """
                3 a AUX 4 aux avoir ind,pres,s
                4 rompu VERB 0 root rompre m,s,ppa
                5 avec ADP 7 case
                6 l' DET 7 det
                7 Ukraine PROPN 4 obl:arg Ukraine f,s
                8 , PUNCT 9 punct
                9 accusée VERB 4 conj accuser f,s,ppa
                10 de ADP 11 mark
                11 soutenir VERB 9 xcomp soutenir inf
                12 le DET 13 det
                13 terrorisme NOUN 11 obj terrorisme m,s
                """);
        ParseRepairs.apply(g);
        return g;
    }

    @Test
    void aParticipleHungOnItsAuxiliaryAfterAnInsertedPhraseIsTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 Luanda PROPN 2 nsubj Luanda e,s
                2 avait VERB 0 root avoir ind,impa,s
                3 à ADP 5 case
                4 son DET 5 det
                5 tour NOUN 2 obl tour m,s
                6 accusé VERB 2 acl accuser m,s,ppa
                7 Lomé PROPN 6 obj Lomé e,s
                """);
        ParseRepairs.apply(g);
        assertEquals("accusé", g.getFirstRoot().word());
        assertEquals("Luanda<-nsubj-accusé", Conll.attachment(g, "Luanda"));
        assertEquals("avait<-aux-accusé", Conll.attachment(g, "avait"));
        assertEquals("Lomé<-obj-accusé", Conll.attachment(g, "Lomé"));
    }

    @Test
    void aParticipleBesideItsAuxiliaryAfterAnInsertedPhraseIsTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 Kinshasa PROPN 2 nsubj Kinshasa e,s
                2 avait VERB 11 advcl avoir ind,impa,s
                3 à ADP 5 case
                4 son DET 5 det
                5 tour NOUN 2 obl tour m,s
                6 accusé VERB 11 advcl accuser m,s,ppa
                7 Kigali PROPN 6 obj Kigali e,s
                8 ; PUNCT 6 punct
                9 Kigali PROPN 11 nsubj Kigali e,s
                10 a AUX 11 aux avoir ind,pres,s
                11 démenti VERB 0 root démentir m,s,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("Kinshasa<-nsubj-accusé", Conll.attachment(g, "Kinshasa"));
        assertEquals("avait<-aux-accusé", Conll.attachment(g, "avait"));
    }

    @Test
    void aParticipleThatAgreesWithItsSubjectKeepsIt() {
        SemanticGraph g = Conll.parse("""
                1 Washington PROPN 2 nsubj Washington m,s
                2 accuse VERB 0 root accuser s
                3 les DET 4 det
                4 milices NOUN 5 nsubj milice f,p
                5 interposées VERB 2 advcl interposer f,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("milices<-nsubj-interposées", Conll.attachment(g, "milices"));
    }

    @Test
    void aQueRightAfterACommonNounUnderAVerbOpensARelativeClauseOnIt() {
        SemanticGraph g = Conll.parse("""
                1 laissé VERB 0 root laisser m,s,ppa
                2 filer VERB 1 xcomp filer inf
                3 lance-roquettes NOUN 2 obj lance-roquettes m,p
                4 AT PROPN 3 appos
                5 que SCONJ 8 mark
                6 Suède PROPN 8 nsubj
                7 avait AUX 8 aux avoir 3,ind,impa,s
                8 vendus VERB 2 ccomp vendre m,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("vendus<-acl:relcl-lance-roquettes", Conll.attachment(g, "vendus"));
        assertEquals("que<-obj-vendus", Conll.attachment(g, "que"));
    }

    @Test
    void aQueAfterANameIsAComplementClause() {
        SemanticGraph g = Conll.parse("""
                1 rappelé VERB 0 root rappeler m,s,ppa
                2 à ADP 3 case
                3 Moscou PROPN 1 obl
                4 que SCONJ 7 mark
                5 Paris PROPN 7 nsubj
                6 a AUX 7 aux avoir 3,ind,pres,s
                7 livré VERB 1 ccomp livrer m,s,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("livré<-ccomp-rappelé", Conll.attachment(g, "livré"));
    }

    @Test
    void anObjectWithItsParticipleTakenForAClauseIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 France PROPN 3 nsubj
                3 accepta VERB 0 root accepter 3,ind,ps,s
                4 de ADP 6 mark
                5 lui PRON 6 iobj
                6 prêter VERB 3 xcomp prêter inf
                7 cinq NUM 8 nummod
                8 Mirage PROPN 9 nsubj
                9 armés VERB 6 advcl armer m,p,ppa
                10 d' ADP 11 case
                11 Exocet PROPN 9 obl:arg
                """);
        ParseRepairs.apply(g);
        assertEquals("Mirage<-obj-prêter", Conll.attachment(g, "Mirage"));
        assertEquals("armés<-acl-Mirage", Conll.attachment(g, "armés"));
    }

    @Test
    void anObjectWithItsParticipleTakenForAParataxisIsTheVerbsObjectUnlessACommaSeparatesThem() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 3 nsubj
                2 lui PRON 3 iobj
                3 loua VERB 0 root louer 3,ind,ps,s
                4 en ADP 5 case
                5 1983 NUM 3 obl
                6 trois NUM 7 nummod
                7 Mirage PROPN 8 nsubj
                8 équipés VERB 3 parataxis équiper m,p,ppa
                9 de ADP 10 case
                10 radars NOUN 8 obl:arg
                """);
        ParseRepairs.apply(g);
        assertEquals("Mirage<-obj-loua", Conll.attachment(g, "Mirage"));
        assertEquals("équipés<-acl-Mirage", Conll.attachment(g, "équipés"));

        SemanticGraph separate = Conll.parse("""
                1 Paris PROPN 2 nsubj
                2 hésita VERB 0 root hésiter 3,ind,ps,s
                3 : PUNCT 6 punct
                4 trois NUM 5 nummod
                5 Mirage PROPN 6 nsubj
                6 restés VERB 2 parataxis rester m,p,ppa
                7 à ADP 8 case
                8 quai NOUN 6 obl
                """);
        ParseRepairs.apply(separate);
        assertEquals("Mirage<-nsubj-restés", Conll.attachment(separate, "Mirage"));
    }

    @Test
    void aClauseOnQuiCoordinatedWithANounIsARelativeClauseOnIt() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 11 nsubj
                3 , PUNCT 4 punct
                4 fournisseur NOUN 2 conj
                5 d' ADP 6 case
                6 Israël PROPN 4 nmod
                7 et CCONJ 9 cc
                8 qui PRON 9 nsubj
                9 livrent VERB 2 conj livrer 3,ind,pres,p
                10 obus NOUN 9 obj
                11 échappent VERB 0 root échapper 3,ind,pres,p
                """);
        ParseRepairs.apply(g);
        assertEquals("livrent<-acl:relcl-États-Unis", Conll.attachment(g, "livrent"));
    }

    @Test
    void aNameAfterACommaCoordinatedWithThePhraseBeforeIsTheSubjectOfTheParticipleAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 Berlin PROPN 2 nsubj
                2 livre VERB 0 root livrer 3,ind,pres,s
                3 des DET 4 det
                4 chars NOUN 2 obj
                5 malgré ADP 6 case
                6 l'affaire NOUN 2 obl
                7 Regeni PROPN 6 appos
                8 , PUNCT 9 punct
                9 Rome PROPN 7 conj
                10 ne ADV 11 advmod
                11 cessant VERB 2 advcl cesser ppr
                12 d' ADP 13 mark
                13 accuser VERB 11 xcomp accuser inf
                14 Le PROPN 15 det
                15 Caire PROPN 13 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("Rome<-nsubj-cessant", Conll.attachment(g, "Rome"));
    }

    @Test
    void aBareParticipleCoordinatedWithAVerbWithoutAuxiliaryModifiesTheNounBeforeTheComma() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 2 nsubj Paris m,s
                2 annule VERB 0 root annuler 3,ind,pres,s
                3 la DET 4 det
                4 livraison NOUN 2 obj livraison f,s
                5 de ADP 7 case
                6 deux NUM 7 nummod
                7 sous-marins NOUN 4 nmod sous-marin m,p
                8 , PUNCT 10 punct
                9 finalement ADV 10 advmod
                10 vendus VERB 2 conj vendre m,p,ppa
                11 à ADP 12 case
                12 l'Argentine PROPN 10 obl
                """);
        ParseRepairs.apply(g);
        assertEquals("vendus<-acl-sous-marins", Conll.attachment(g, "vendus"));
    }

    @Test
    void namesHungWithoutACaseAfterCommasInAListClosedByEtAreConjuncts() {
        SemanticGraph g = Conll.parse("""
                1 Rome PROPN 8 nsubj Rome f,s
                2 , PUNCT 1 punct
                3 Madrid PROPN 1 nmod Madrid m,s
                4 , PUNCT 1 punct
                5 Lisbonne PROPN 1 nmod Lisbonne f,s
                6 et CCONJ 7 cc
                7 Athènes PROPN 5 conj Athènes f,s
                8 dénoncent VERB 0 root dénoncer 3,ind,pres,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Madrid<-conj-Rome", Conll.attachment(g, "Madrid"));
        assertEquals("Lisbonne<-conj-Rome", Conll.attachment(g, "Lisbonne"));
        assertEquals("Athènes<-conj-Rome", Conll.attachment(g, "Athènes"));
    }

    @Test
    void aNameHungWithoutACaseAfterACommaWithoutAListStaysWhereItIs() {
        SemanticGraph g = Conll.parse("""
                1 Rome PROPN 5 nsubj Rome f,s
                2 , PUNCT 1 punct
                3 Madrid PROPN 1 nmod Madrid m,s
                4 , PUNCT 1 punct
                5 dénonce VERB 0 root dénoncer 3,ind,pres,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Madrid<-nmod-Rome", Conll.attachment(g, "Madrid"));
    }

    @Test
    void aNameAfterAColonFollowedByItsRelativeClauseIsTheSubjectOfTheSubjectlessVerbAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 la DET 2 det
                2 guerre NOUN 3 nsubj guerre f,s
                3 change VERB 0 root changer 3,ind,pres,s
                4 tout PRON 3 obj
                5 : PUNCT 6 punct
                6 Moscou PROPN 2 appos Moscou e,s
                7 , PUNCT 6 punct
                8 qui PRON 9 nsubj
                9 hésitait VERB 6 acl:relcl hésiter 3,ind,impa,s
                10 , PUNCT 11 punct
                11 livre VERB 3 conj livrer 3,ind,pres,s
                12 des DET 13 det
                13 chars NOUN 11 obj char m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Moscou<-nsubj-livre", Conll.attachment(g, "Moscou"));
        assertEquals("livre<-parataxis-change", Conll.attachment(g, "livre"));
    }

    @Test
    void aQueAfterAModelNumberWithASlashOpensARelativeOnTheModelsNoun() {
        SemanticGraph g = Conll.parse("""
                1 ils PRON 2 nsubj
                2 alignent VERB 0 root aligner 3,ind,pres,p
                3 des DET 4 det
                4 chars NOUN 2 obj char m,p
                5 T PROPN 4 appos T e,s
                6 -54 NUM 5 nummod
                7 / PUNCT 8 punct
                8 55 NUM 6 conj
                9 que SCONJ 12 mark
                10 Moscou PROPN 12 nsubj Moscou e,s
                11 a AUX 12 aux avoir 3,ind,pres,s
                12 livrés VERB 2 ccomp livrer m,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-acl:relcl-chars", Conll.attachment(g, "livrés"));
        assertEquals("que<-obj-livrés", Conll.attachment(g, "que"));
    }

    @Test
    void aQueRightAfterAFrontedSubjectOnTheMainVerbOpensTheRelativeClauseTheParserMadeAParataxis() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Niger PROPN 0 root Niger m,s
                3 , PUNCT 2 punct
                4 que SCONJ 11 mark
                5 la DET 6 det
                6 Turquie PROPN 7 nsubj Turquie f,s
                7 équipe VERB 2 parataxis équiper 3,ind,pres,s
                8 depuis ADP 9 case
                9 2021 NUM 7 obl
                10 , PUNCT 7 punct
                11 achète VERB 2 ccomp acheter 3,ind,pres,s
                12 des DET 13 det
                13 drones NOUN 11 obj drone m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("équipe<-acl:relcl-Niger", Conll.attachment(g, "équipe"));
        assertEquals("que<-obj-équipe", Conll.attachment(g, "que"));
        assertEquals("Niger<-nsubj-achète", Conll.attachment(g, "Niger"));
        assertEquals("achète<-root", Conll.attachment(g, "achète"));
    }

    @Test
    void aNousReadAsDativeOnAVerbWithoutObjectIsItsObject() {
        SemanticGraph g = Conll.parse("""
                1 Berlin PROPN 3 nsubj Berlin e,s
                2 nous PRON 3 iobj
                3 accuse VERB 0 root accuser 3,ind,pres,s
                4 d' ADP 6 mark
                5 avoir AUX 6 aux avoir inf
                6 menti VERB 3 xcomp mentir m,s,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-obj-accuse", Conll.attachment(g, "nous"));
    }

    @Test
    void aNousBeforeAnInfinitiveOfAVerbThatTakesADativeStaysDative() {
        SemanticGraph g = Conll.parse("""
                1 Berlin PROPN 3 nsubj Berlin e,s
                2 nous PRON 3 iobj
                3 demande VERB 0 root demander 3,ind,pres,s
                4 de ADP 5 mark
                5 partir VERB 3 xcomp partir inf
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-iobj-demande", Conll.attachment(g, "nous"));
    }

    @Test
    void aPhraseWithTheAntecedentsPrepositionAfterARelativeClauseIsTheAntecedentsConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Kiev PROPN 2 nsubj Kiev e,s
                2 regarde VERB 0 root regarder 3,ind,pres,s
                3 vers ADP 4 case
                4 Berlin PROPN 2 obl Berlin e,s
                5 , PUNCT 4 punct
                6 qui PRON 8 nsubj
                7 lui PRON 8 iobj
                8 cède VERB 4 acl:relcl céder 3,ind,pres,s
                9 des DET 10 det
                10 chars NOUN 8 obj char m,p
                11 , PUNCT 13 punct
                12 vers ADP 13 case
                13 Rome PROPN 8 obl Rome e,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Rome<-conj-Berlin", Conll.attachment(g, "Rome"));
    }

    @Test
    void eteBeforeAPastParticipleIsThePassiveAuxiliaryAndTheSubjectAPassiveOne() {
        SemanticGraph g = Conll.parse("""
                1 le DET 2 det
                2 système NOUN 5 nsubj système m,s
                3 a AUX 5 aux avoir 3,ind,pres,s
                4 été AUX 5 aux être ppa
                5 vendu VERB 0 root vendre ppa,m,s
                6 à ADP 8 case
                7 l' DET 8 det
                8 Espagne PROPN 5 obl Espagne f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("système<-nsubj:pass-vendu", Conll.attachment(g, "système"));
        assertEquals("été<-aux:pass-vendu", Conll.attachment(g, "été"));
    }

    @Test
    void dontHungOnACapitalisedSubjectCompletesTheAttributeOfDevenir() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Nicaragua PROPN 13 nsubj
                3 , PUNCT 8 punct
                4 dont PRON 6 nmod
                5 l' DET 6 det
                6 Union NOUN 8 nsubj union f,s
                7 soviétique ADJ 6 amod
                8 devint VERB 2 acl:relcl devenir 3,ind,psim,s
                9 le DET 11 det
                10 principal ADJ 11 amod
                11 fournisseur NOUN 8 xcomp fournisseur m,s
                12 , PUNCT 8 punct
                13 reçut VERB 0 root recevoir 3,ind,psim,s
                """);
        ParseRepairs.apply(g);
        assertEquals("dont<-nmod-fournisseur", Conll.attachment(g, "dont"));
    }

    @Test
    void anArticleRightBeforeAVerbIsItsCliticObject() {
        SemanticGraph g = Conll.parse("""
                1 Ankara PROPN 3 nsubj Ankara e,s
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 rappelé VERB 0 root rappeler ppa
                4 ses DET 5 det
                5 diplomates NOUN 3 obj diplomate m,p
                6 , PUNCT 8 punct
                7 les DET 8 det
                8 accusant VERB 3 advcl accuser ppr
                9 d' ADP 10 case
                10 ingérence NOUN 8 obl ingérence f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("les<-obj-accusant", Conll.attachment(g, "les"));
    }

    @Test
    void aNameAfterEtThatTheParserAddedToAListIsTheSubjectOfTheVerbAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 Jakarta PROPN 3 nsubj Jakarta e,s
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 reçu VERB 0 root recevoir ppa
                4 deux NUM 5 nummod
                5 frégates NOUN 3 obj frégate f,p
                6 , PUNCT 7 punct
                7 rebaptisées VERB 15 nsubj:pass rebaptiser ppa
                8 Ahmad PROPN 7 obj
                9 Yani PROPN 8 flat:name
                10 , PUNCT 12 punct
                11 et CCONJ 12 cc
                12 Tokyo PROPN 8 conj Tokyo e,s
                13 lui PRON 15 iobj
                14 a AUX 15 aux avoir 3,ind,pres,s
                15 offert VERB 3 advcl offrir ppa
                16 un DET 17 det
                17 patrouilleur NOUN 15 obj patrouilleur m,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Tokyo<-nsubj-offert", Conll.attachment(g, "Tokyo"));
    }

    @Test
    void aNameWithAParticipleOnAyantAfterACommaIsTheSubjectOfAnAbsoluteClause() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 2 nsubj Paris e,s
                2 vendit VERB 0 root vendre 3,ind,psim,s
                3 des DET 4 det
                4 obus NOUN 2 obj obus m,p
                5 à ADP 6 case
                6 Bagdad PROPN 2 obl Bagdad e,s
                7 , PUNCT 8 punct
                8 Rome PROPN 6 appos Rome e,s
                9 ayant AUX 10 aux avoir ppr
                10 livré VERB 8 acl livrer ppa
                11 des DET 12 det
                12 mines NOUN 10 obj mine f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Rome<-nsubj-livré", Conll.attachment(g, "Rome"));
        assertEquals("livré<-advcl-vendit", Conll.attachment(g, "livré"));
    }

    @Test
    void whatTheParserHungOnTheNumberOfAModelNameIsTheNames() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 Mi PROPN 8 nsubj
                3 -35 NUM 2 appos
                4 kényans ADJ 3 amod kényan m,p
                5 , PUNCT 6 punct
                6 achetés VERB 3 acl acheter ppa
                7 , PUNCT 6 punct
                8 défilent VERB 0 root défiler 3,ind,pres,p
                """);
        ParseRepairs.apply(g);
        assertEquals("kényans<-amod-Mi", Conll.attachment(g, "kényans"));
        assertEquals("achetés<-acl-Mi", Conll.attachment(g, "achetés"));
    }

    @Test
    void aPartitiveAfterAVerbWithNousIsItsObjectAndNousItsIndirectObject() {
        SemanticGraph g = Conll.parse("""
                1 Tokyo PROPN 3 nsubj Tokyo e,s
                2 nous PRON 3 iobj
                3 vend VERB 0 root vendre 3,ind,pres,s
                4 de ADP 6 case
                5 les DET 6 det
                6 radars NOUN 3 obl:arg radar m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("radars<-obj-vend", Conll.attachment(g, "radars"));
        assertEquals("nous<-iobj-vend", Conll.attachment(g, "nous"));
    }

    @Test
    void nousBeforeAVerbThatBlamesItsObjectStaysTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Minsk PROPN 3 nsubj Minsk e,s
                2 nous PRON 3 iobj
                3 accuse VERB 0 root accuser 3,ind,pres,s
                4 de ADP 6 case
                5 les DET 6 det
                6 provocations NOUN 3 obl:arg provocation f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-obj-accuse", Conll.attachment(g, "nous"));
    }

    @Test
    void enRightBeforeAFiniteVerbIsTheCliticNotAGerundsPreposition() {
        SemanticGraph g = Conll.parse("""
                1 Lima PROPN 3 nsubj Lima e,s
                2 en ADP 3 mark
                3 cède VERB 0 root céder 3,ind,pres,s
                4 trois NUM 3 obj
                5 à ADP 6 case
                6 Quito PROPN 3 obl Quito e,s
                """);
        ParseRepairs.apply(g);
        assertEquals("en<-iobj-cède", Conll.attachment(g, "en"));
    }

    @Test
    void dontCompletesTheNounOfLUnDesAfterACopularVerb() {
        SemanticGraph g = Conll.parse("""
                1 Oman PROPN 0 root Oman e,s
                2 , PUNCT 1 punct
                3 dont PRON 4 nmod
                4 Londres PROPN 5 nsubj Londres e,s
                5 reste VERB 1 acl:relcl rester 3,ind,pres,s
                6 l' PART 7 expl
                7 un PRON 5 xcomp
                8 de ADP 10 case
                9 les DET 10 det
                10 fournisseurs NOUN 7 nmod fournisseur m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("dont<-nmod-fournisseurs", Conll.attachment(g, "dont"));
    }

    @Test
    void aStressedPronounTakenForTheConjunctOfTheNameItRepeatsGivesItsWordsToTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 5 nsubj Moscou _
                2 , PUNCT 3 punct
                3 lui PRON 1 conj lui _
                4 , PUNCT 5 punct
                5 équipe VERB 0 root équiper 3,ind,pres,s
                6 l' DET 7 det
                7 Inde PROPN 3 obj Inde _
                8 depuis ADP 9 case
                9 décennies NOUN 7 nmod décennie f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Inde<-obj-équipe", Conll.attachment(g, "Inde"));
        assertEquals("lui<-dislocated-Moscou", Conll.attachment(g, "lui"));
        assertEquals("décennies<-obl:mod-équipe", Conll.attachment(g, "décennies"));
    }

    @Test
    void aNounPhraseCoordinatedWithAVerbAfterItsObjectCoordinatesTheObject() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 Égypte PROPN 4 nsubj Égypte _
                3 a AUX 4 aux avoir _
                4 envoyé VERB 0 root envoyer m,s,pst
                5 des DET 6 det
                6 instructeurs NOUN 4 obj instructeur m,p
                7 , PUNCT 11 punct
                8 mais CCONJ 11 cc
                9 aussi ADV 11 advmod
                10 des DET 11 det
                11 avions NOUN 4 conj avion m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("avions<-conj-instructeurs", Conll.attachment(g, "avions"));
    }

    @Test
    void aNounPhraseCoordinatedWithAVerbWhoseObjectIsARelativePronounStaysOnTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 les DET 2 det
                2 machines NOUN 0 root machine f,p
                3 que PRON 5 obj que _
                4 Berlin PROPN 5 nsubj Berlin _
                5 fournit VERB 2 acl:relcl fournir 3,ind,pres,s
                6 , PUNCT 8 punct
                7 des DET 8 det
                8 équipements NOUN 5 conj équipement m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("équipements<-conj-fournit", Conll.attachment(g, "équipements"));
    }

    @Test
    void aNameWithAHungOnTheObjectsComplementIsTheVerbsAPhrase() {
        SemanticGraph g = Conll.parse("""
                1 Minsk PROPN 2 nsubj Minsk _
                2 fournit VERB 0 root fournir 3,ind,pres,s
                3 un DET 4 det un _
                4 nombre NOUN 2 obj nombre m,s
                5 de ADP 6 case de _
                6 blindés NOUN 4 nmod blindé m,p
                7 à ADP 9 case à _
                8 la DET 9 det le _
                9 Serbie PROPN 6 nmod Serbie f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Serbie<-obl:arg-fournit", Conll.attachment(g, "Serbie"));
    }

    @Test
    void aNameWithAOnATransferNounStaysItsRecipient() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 2 nsubj Paris _
                2 approuve VERB 0 root approuver 3,ind,pres,s
                3 la DET 4 det le _
                4 vente NOUN 2 obj vente f,s
                5 de ADP 6 case de _
                6 chars NOUN 4 nmod char m,p
                7 à ADP 8 case à _
                8 Chypre PROPN 6 nmod Chypre f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Chypre<-nmod-chars", Conll.attachment(g, "Chypre"));
    }

    @Test
    void aComplementWithATenseOfItsOwnAfterEtIsAClauseOfItsOwn() {
        // « Le gouvernement de Maseru a accusé Pretoria d'agression, et le Conseil a condamné l'Afrique du Sud »
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 gouvernement NOUN 4 nsubj gouvernement m,s
                3 a AUX 4 aux avoir 3,ind,pres,s
                4 accusé VERB 0 root accuser m,s,ppa
                5 Pretoria PROPN 14 nsubj Pretoria
                6 d' ADP 7 case
                7 agression NOUN 5 nmod agression f,s
                8 caractérisée VERB 5 acl caractériser f,s,ppa
                9 , PUNCT 8 punct
                10 et CCONJ 12 cc
                11 le DET 12 det
                12 Conseil NOUN 8 conj conseil m,s
                13 a AUX 14 aux avoir 3,ind,pres,s
                14 condamné VERB 4 xcomp condamner m,s,ppa
                15 l' DET 16 det
                16 Afrique PROPN 14 obj Afrique
                """);
        ParseRepairs.apply(g);
        assertEquals("condamné<-conj-accusé", Conll.attachment(g, "condamné"));
        assertEquals("Conseil<-nsubj-condamné", Conll.attachment(g, "Conseil"));
        assertEquals("Pretoria<-obj-accusé", Conll.attachment(g, "Pretoria"));
    }

    @Test
    void theSubjectOfAParticipleTakenForAnOpenComplementIsTheVerbsObject() {
        // « Dacca a accusé Naypyidaw de provocations répétées »
        SemanticGraph g = Conll.parse("""
                1 Dacca PROPN 3 nsubj Dacca
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 accusé VERB 0 root accuser m,s,ppa
                4 Naypyidaw PROPN 7 nsubj Naypyidaw
                5 de ADP 6 case
                6 provocations NOUN 4 nmod provocation f,p
                7 répétées VERB 3 xcomp répéter f,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("Naypyidaw<-obj-accusé", Conll.attachment(g, "Naypyidaw"));
        assertTrue(Set.of("répétées<-acl-Naypyidaw", "répétées<-acl-provocations").contains(Conll.attachment(g, "répétées")),
                Conll.attachment(g, "répétées"));
    }

    @Test
    void aModelNameHungOnTheAdjectiveAfterItIsInAppositionToTheNounBefore() {
        // « quatorze chasseurs J-7 neufs »
        SemanticGraph g = Conll.parse("""
                1 Dar PROPN 2 nsubj
                2 reçoit VERB 0 root recevoir 3,ind,pres,s
                3 quatorze NUM 4 nummod
                4 chasseurs NOUN 2 obj chasseur m,p
                5 J X 7 compound
                6 -7 NUM 7 nummod
                7 neufs ADJ 4 amod neuf m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("J<-appos-chasseurs", Conll.attachment(g, "J"));
        assertEquals("-7<-nummod-J", Conll.attachment(g, "-7"));
    }

    @Test
    void aFiniteVerbConjoinedToAComplementOfTheObjectIsAConjunctOfTheVerb() {
        // « Georgetown a dénoncé un recours à la force puis, en 2004, a engagé une procédure »
        SemanticGraph g = Conll.parse("""
                1 Georgetown PROPN 3 nsubj Georgetown
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 dénoncé VERB 0 root dénoncer m,s,ppa
                4 un DET 5 det
                5 recours NOUN 3 obj recours m,s
                6 à ADP 8 case
                7 la DET 8 det
                8 force NOUN 5 nmod force f,s
                9 puis SCONJ 11 cc
                10 a AUX 11 aux avoir 3,ind,pres,s
                11 engagé VERB 8 conj engager m,s,ppa
                12 une DET 13 det
                13 procédure NOUN 11 obj procédure f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("engagé<-conj-dénoncé", Conll.attachment(g, "engagé"));
    }

    @Test
    void aBareNounCoordinatedWithAVerbWhoseBareObjectComesBeforeCoordinatesTheObject() {
        // « Moscou se mit à livrer armes et conseillers à l'Éthiopie »
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 2 nsubj Moscou
                2 commence VERB 0 root commencer 3,ind,pres,s
                3 à ADP 4 mark
                4 livrer VERB 2 xcomp livrer inf
                5 armes NOUN 4 obj arme f,p
                6 et CCONJ 7 cc
                7 conseillers NOUN 4 conj conseiller m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("conseillers<-conj-armes", Conll.attachment(g, "conseillers"));
    }

    @Test
    void aStressedPronounBetweenCommasAfterTheCopulaIsNoAttribute() {
        // « Le rachat est, lui, toujours en négociation »
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 rachat NOUN 5 nsubj rachat m,s
                3 est AUX 5 cop être 3,ind,pres,s
                4 , PUNCT 5 punct
                5 lui PRON 0 root
                6 , PUNCT 9 punct
                7 toujours ADV 9 advmod
                8 en ADP 9 case
                9 négociation NOUN 5 conj négociation f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("rachat<-nsubj-négociation", Conll.attachment(g, "rachat"));
        assertEquals("est<-cop-négociation", Conll.attachment(g, "est"));
        assertEquals("lui<-dislocated-négociation", Conll.attachment(g, "lui"));
    }

    @Test
    void aNameRightAfterAKindNounIsThatKindsName() {
        // « la marine a reposé sur des chasseurs de la classe Kondor, transférés par l'Allemagne »
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 marine NOUN 4 nsubj marine f,s
                3 a AUX 4 aux avoir 3,ind,pres,s
                4 reposé VERB 0 root reposer m,s,ppa
                5 sur ADP 6 case
                6 chasseurs NOUN 4 obl chasseur m,p
                7 de ADP 9 case
                8 la DET 9 det
                9 classe NOUN 6 nmod classe f,s
                10 Kondor PROPN 4 obj Kondor
                11 , PUNCT 12 punct
                12 transférés VERB 10 acl transférer m,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("Kondor<-appos-classe", Conll.attachment(g, "Kondor"));
    }

    @Test
    void aBareParticipleRightAfterTheObjectDescribesIt() {
        // « Elle évoque les huit Super Tucano achetés à Embraer »
        SemanticGraph g = Conll.parse("""
                1 Elle PRON 2 nsubj elle
                2 évoque VERB 0 root évoquer 3,ind,pres,s
                3 les DET 5 det
                4 huit NUM 5 nummod
                5 Super PROPN 2 obj Super
                6 Tucano PROPN 5 flat:name Tucano
                7 achetés VERB 2 xcomp acheter m,p,ppa
                8 à ADP 9 case
                9 Embraer PROPN 7 obl Embraer
                """);
        ParseRepairs.apply(g);
        assertEquals("achetés<-acl-Super", Conll.attachment(g, "achetés"));
    }

    @Test
    void aParticipleThatDisagreesWithTheObjectStaysAComplementOfTheVerb() {
        // « il juge la frégate livrés » does not agree: the participle is not the object's
        SemanticGraph g = Conll.parse("""
                1 Il PRON 2 nsubj il
                2 juge VERB 0 root juger 3,ind,pres,s
                3 la DET 4 det
                4 frégate NOUN 2 obj frégate f,s
                5 livrés VERB 2 xcomp livrer m,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-xcomp-juge", Conll.attachment(g, "livrés"));
    }

    @Test
    void aParticipialBeHungOnTheNameBeforeItHeadsAnAbsoluteClause() {
        // « Ce matériel venait de Luanda, l'URSS ayant été, de 1975 à 1991, le principal fournisseur de l'Angola »
        SemanticGraph g = Conll.parse("""
                1 Ce DET 2 det
                2 matériel NOUN 3 nsubj matériel m,s
                3 venait VERB 0 root venir 3,ind,impf,s
                4 de ADP 5 case
                5 Luanda PROPN 3 obl:arg Luanda
                6 , PUNCT 3 punct
                7 l' DET 8 det
                8 URSS PROPN 3 obj URSS
                9 ayant AUX 8 acl avoir ppr
                10 été AUX 9 obj être ppa
                11 , PUNCT 10 punct
                12 de ADP 13 case
                13 1975 NUM 10 obl:arg
                14 à ADP 15 case
                15 1991 NUM 13 nmod:range
                16 , PUNCT 15 punct
                17 le DET 19 det
                18 principal ADJ 19 amod principal m,s
                19 fournisseur NOUN 15 appos fournisseur m,s
                20 de ADP 22 case
                21 l' DET 22 det
                22 Angola PROPN 19 nmod Angola
                """);
        ParseRepairs.apply(g);
        assertEquals("URSS<-nsubj-fournisseur", Conll.attachment(g, "URSS"));
        assertEquals("été<-cop-fournisseur", Conll.attachment(g, "été"));
        assertEquals("fournisseur<-advcl-venait", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void aCopularVerbWithEtreIsNoPassive() {
        // « La puissance britannique est restée le premier fournisseur du Ghana »
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 puissance NOUN 5 nsubj:pass puissance f,s
                3 britannique ADJ 2 amod britannique s
                4 est AUX 5 aux:pass être 3,ind,pres,s
                5 restée VERB 0 root rester f,s,ppa
                6 le DET 8 det
                7 premier ADJ 8 amod premier m,s
                8 fournisseur NOUN 5 obj fournisseur m,s
                """);
        ParseRepairs.apply(g);
        assertEquals("puissance<-nsubj-restée", Conll.attachment(g, "puissance"));
        assertEquals("est<-aux-restée", Conll.attachment(g, "est"));
    }

    @Test
    void aGerundLeavesAVerbReadAsANounRootWithoutClause() {
        // « Addis-Abeba réplique en signant un contrat »
        SemanticGraph g = Conll.parse("""
                1 Addis-Abeba PROPN 2 amod Addis-Abeba
                2 réplique NOUN 0 root réplique f,s répliquer ind,pres,3,s
                3 en ADP 4 mark
                4 signant VERB 2 advcl signer ppr
                5 un DET 6 det
                6 contrat NOUN 4 obj contrat m,s
                """);
        ParseRepairs.apply(g);
        assertEquals("Addis-Abeba<-nsubj-réplique", Conll.attachment(g, "Addis-Abeba"));
    }

    @Test
    void anAgentTheParserMadeTheNextVerbsSubjectBelongsToTheParticipleBeforeIt() {
        // « Les MiG-21 fournis naguère par l'Union soviétique appartiennent à une autre époque »
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 MiG PROPN 4 nsubj MiG
                3 -21 NUM 2 nummod
                4 fournis VERB 0 root fournir m,p,ppa
                5 naguère ADV 4 advmod
                6 par ADP 8 case
                7 l' DET 8 det
                8 Union NOUN 4 obl:arg union f,s
                9 soviétique ADJ 8 amod soviétique s
                10 appartiennent VERB 8 acl appartenir 3,ind,pres,p
                11 à ADP 13 case
                12 une DET 13 det
                13 époque NOUN 10 obl époque f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("fournis<-acl-MiG", Conll.attachment(g, "fournis"));
        assertEquals("Union<-obl:agent-fournis", Conll.attachment(g, "Union"));
        assertEquals("MiG<-nsubj-appartiennent", Conll.attachment(g, "MiG"));
    }

    @Test
    void aNameOpeningTheSentenceBeforeAnInsertIsTheSubjectEvenWithTheCommaHungOnIt() {
        // « Dakar, après avoir exprimé ses « graves préoccupations », a rappelé son ambassadeur »
        SemanticGraph g = Conll.parse("""
                1 Dakar PROPN 13 obl:mod Dakar e,sp
                2 , PUNCT 1 punct
                3 après ADP 5 mark
                4 avoir AUX 5 aux avoir inf,avoir
                5 exprimé VERB 13 advcl exprimer ppa,m,s
                6 ses DET 9 det
                7 « PUNCT 9 punct
                8 graves ADJ 9 amod grave p,e
                9 préoccupations NOUN 5 obj préoccupation p,f
                10 » PUNCT 9 punct
                11 , PUNCT 13 punct
                12 a AUX 13 aux avoir ind,avoir,s,pres,3
                13 rappelé VERB 0 root rappeler ppa,m,s
                14 son DET 15 det
                15 ambassadeur NOUN 13 obj ambassadeur s,m
                16 . PUNCT 13 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Dakar<-nsubj-rappelé", Conll.attachment(g, "Dakar"));
    }

    @Test
    void aNounAfterDeIsNoVerbAndAPhraseTakenUpByAStressedPronounIsTheSubject() {
        // « Les hélicoptères d'attaque Mi-24 du bataillon, eux, avaient été livrés par la Russie … »
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 hélicoptères NOUN 0 root hélicoptère p,m
                3 d' ADP 4 case
                4 attaque NOUN 2 nmod attaque s,f attaquer ind,pres,3,s
                5 Mi PROPN 2 appos mi m,sp
                6 -24 NUM 5 nummod
                7 de ADP 9 case
                8 le DET 9 det
                9 bataillon NOUN 2 nmod bataillon s,m
                10 , PUNCT 2 punct
                11 eux PRON 15 nsubj:pass eux pers,suj,obj,p,3,m
                12 , PUNCT 15 punct
                13 avaient AUX 15 aux avoir ind,avoir,impa,p,3
                14 été AUX 15 aux:pass être sp,e,etre,ppa
                15 livrés VERB 2 parataxis livrer p,ppa,m
                16 par ADP 18 case
                17 la DET 18 det
                18 Russie PROPN 15 obl:agent Russie s,f
                19 à ADP 22 case
                20 partir VERB 19 fixed partir inf
                21 de ADP 19 fixed
                22 2015 NUM 15 obl
                23 après ADP 25 case
                24 une DET 25 det
                25 remise NOUN 15 obl remise s,f
                26 à ADP 27 case
                27 niveau NOUN 25 nmod niveau s,m
                28 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("NOUN", g.vertexListSorted().stream().filter(w -> w.word().equals("attaque")).findFirst().orElseThrow().tag());
        assertEquals("hélicoptères<-nsubj:pass-livrés", Conll.attachment(g, "hélicoptères"));
        assertEquals("eux<-dislocated-hélicoptères", Conll.attachment(g, "eux"));
    }

    @Test
    void anAdverbAfterDeRightAfterANounQualifiesThatNoun() {
        // « La Russie, fournisseur de toujours de l'armée biélorusse, lui a livré des missiles »
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Russie PROPN 14 nsubj Russie s,f
                3 , PUNCT 2 punct
                4 fournisseur NOUN 2 appos fournisseur s,m
                5 de ADP 6 case
                6 toujours ADV 10 advmod
                7 de ADP 10 case
                8 l' DET 10 det
                9 armée ADJ 10 amod armer ppa,s,f
                10 biélorusse NOUN 4 nmod biélorusse s,e
                11 , PUNCT 4 punct
                12 lui PRON 14 iobj lui obj,m,suj,3,pers,e,s
                13 a AUX 14 aux avoir ind,avoir,s,pres,3
                14 livré VERB 0 root livrer ppa,m,s
                15 des DET 16 det
                16 missiles NOUN 14 obj missile p,m
                17 . PUNCT 14 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("toujours<-advmod-fournisseur", Conll.attachment(g, "toujours"));
    }

    @Test
    void aClauseAfterAColonWhoseSubjectHasComplementsStandsBesideTheClauseBefore() {
        // « Le fournisseur reste américain : depuis les débuts de l'Alliance, l'essentiel de l'aviation … provient des États-Unis »
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 fournisseur NOUN 3 nsubj fournisseur s,m
                3 reste VERB 0 root rester sub,ind,imp,pres,3,s,2,1
                4 américain ADJ 3 xcomp américain s,m
                5 : PUNCT 3 punct
                6 depuis ADP 8 case
                7 les DET 8 det
                8 débuts NOUN 3 obl début p,m
                9 de ADP 11 case
                10 l' DET 11 det
                11 Alliance NOUN 8 nmod alliance s,f
                12 , PUNCT 14 punct
                13 l' DET 14 det
                14 essentiel NOUN 8 appos essentiel s,m
                15 de ADP 17 case
                16 l' DET 17 det
                17 aviation NOUN 14 nmod aviation s,f
                18 de ADP 19 case
                19 combat NOUN 17 nmod combat s,m
                20 danoise ADJ 19 amod danois s,f
                21 provient VERB 14 acl provenir ind,s,3,pres
                22 de ADP 24 case
                23 les DET 24 det
                24 États-Unis PROPN 21 obl:arg États-Unis p,m
                25 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("essentiel<-nsubj-provient", Conll.attachment(g, "essentiel"));
        assertEquals("débuts<-obl-provient", Conll.attachment(g, "débuts"));
        assertEquals("provient<-parataxis-reste", Conll.attachment(g, "provient"));
    }

    @Test
    void aDefiniteObjectTakenForTheNextSubjectGoesBackToItsVerb() {
        // « Le gouvernement espagnol dénonce chaque année « l'occupation » de Gibraltar par le Royaume-Uni, et le ministre a réaffirmé … »
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 gouvernement NOUN 4 nsubj gouvernement s,m
                3 espagnol ADJ 2 amod espagnol s,m
                4 dénonce VERB 0 root dénoncer sub,ind,imp,pres,3,s,2,1
                5 chaque DET 6 det
                6 année NOUN 4 obl année s,f
                7 « PUNCT 9 punct
                8 l' DET 9 det
                9 occupation NOUN 21 nsubj occupation s,f
                10 » PUNCT 9 punct
                11 de ADP 12 case
                12 Gibraltar PROPN 9 nmod Gibraltar e,sp
                13 par ADP 15 case
                14 le DET 15 det
                15 Royaume-Uni PROPN 9 nmod Royaume-Uni m,sp
                16 , PUNCT 15 punct
                17 et CCONJ 19 cc
                18 le DET 19 det
                19 ministre NOUN 15 conj ministre s,e
                20 a AUX 21 aux avoir ind,avoir,s,pres,3
                21 réaffirmé VERB 4 advcl réaffirmer ppa,m,s
                22 la DET 23 det
                23 revendication NOUN 21 obj revendication s,f
                24 de ADP 25 case
                25 souveraineté NOUN 23 nmod souveraineté s,f
                26 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("occupation<-obj-dénonce", Conll.attachment(g, "occupation"));
        assertEquals("ministre<-nsubj-réaffirmé", Conll.attachment(g, "ministre"));
    }

    @Test
    void aNounOpeningTheClauseAfterAColonTakenForTheObjectBeforeIsTheSubjectOfTheVerbAfterIt() {
        // « Oslo s'est en revanche adressé à Séoul : les vingt-quatre obusiers automoteurs K9, rebaptisés Vidar, … ont été livrés »
        SemanticGraph g = Conll.parse("""
                1 Pour ADP 3 case
                2 l' DET 3 det
                3 artillerie NOUN 10 obl:mod artillerie s,f
                4 , PUNCT 10 punct
                5 Oslo PROPN 10 nsubj Oslo e,sp
                6 s' PRON 10 obj se e,pers,3,sp,obj
                7 est AUX 10 aux être etre,pres,3,ind,s
                8 en ADP 9 case
                9 revanche NOUN 10 obl:mod revanche s,f
                10 adressé VERB 0 root adresser s,ppa,m
                11 à ADP 12 case
                12 Séoul PROPN 10 obl Séoul e,sp
                13 : PUNCT 10 punct
                14 les DET 16 det
                15 vingt-quatre NUM 16 nummod
                16 obusiers NOUN 10 obj obusier p,m
                17 automoteurs ADJ 16 amod automoteur p,m
                18 K X 16 appos
                19 9 NUM 18 nummod
                20 , PUNCT 16 punct
                21 rebaptisés VERB 16 acl rebaptiser m,p,ppa
                22 Vidar PROPN 21 obj
                23 , PUNCT 21 punct
                24 commandés VERB 16 acl commander m,p,ppa
                25 à ADP 28 case
                26 le DET 28 det
                27 sud-coréen ADJ 28 amod sud-coréen s,m
                28 Hanwha PROPN 24 obl
                29 fin NOUN 24 obl fin s,f,m
                30 2017 NUM 29 nmod
                31 , PUNCT 34 punct
                32 ont AUX 34 aux avoir pres,p,3,ind,avoir
                33 été AUX 34 aux:pass être etre,ppa,sp,e
                34 livrés VERB 10 conj livrer m,p,ppa
                35 à ADP 37 case
                36 la DET 37 det
                37 brigade NOUN 34 obl brigade s,f
                38 Nord NOUN 37 nmod nord s,m
                39 . PUNCT 10 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("obusiers<-nsubj:pass-livrés", Conll.attachment(g, "obusiers"));
        assertEquals("livrés<-parataxis-adressé", Conll.attachment(g, "livrés"));
    }

    @Test
    void theObjectOfARelativeClauseTakenForTheHeadAboveItsAntecedentIsTheRelativeVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 Israël PROPN 0 root Israël s,m,sp,e
                2 , PUNCT 1 punct
                3 devenu VERB 1 acl devenir m,s,ppa
                4 en ADP 6 case
                5 une NUM 6 nummod
                6 décennie NOUN 3 obl décennie s,f
                7 son DET 9 det
                8 principal ADJ 9 amod principal s,m
                9 fournisseur NOUN 3 obj fournisseur s,m
                10 , PUNCT 3 punct
                11 et CCONJ 22 cc
                12 la DET 13 det
                13 Turquie PROPN 22 nsubj:pass Turquie s,f
                14 , PUNCT 13 punct
                15 qui PRON 18 nsubj:pass qui rel,sp,inte,e
                16 lui PRON 18 iobj lui e,s,obj,m,suj,3,pers
                17 a AUX 18 aux avoir pres,3,ind,avoir,s
                18 livré VERB 13 acl:relcl livrer m,s,ppa
                19 en ADP 20 case
                20 2020 NUM 18 obl
                21 les DET 22 det
                22 drones NOUN 3 conj drone p,m
                23 Bayraktar PROPN 22 appos
                24 . PUNCT 1 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("drones<-obj-livré", Conll.attachment(g, "drones"));
        assertFalse(Conll.attachment(g, "Turquie").endsWith("-drones"), Conll.attachment(g, "Turquie"));
    }

    @Test
    void aFiniteEtreHungOnTheSubjectAsAnAdjectiveWithAnInsertAfterItIsTheCopula() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Russie PROPN 0 root Russie s,f
                3 est AUX 2 amod être etre,pres,3,ind,s
                4 , PUNCT 7 punct
                5 de ADP 7 case
                6 très ADV 7 advmod
                7 loin ADV 3 conj
                8 , PUNCT 11 punct
                9 le DET 11 det
                10 principal ADJ 11 amod principal s,m
                11 fournisseur NOUN 7 conj fournisseur s,m
                12 d' ADP 13 case
                13 armes NOUN 11 nmod arme p,f
                14 de ADP 16 case
                15 l' DET 16 det
                16 Inde PROPN 13 nmod Inde s,f
                17 . PUNCT 11 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Russie<-nsubj-fournisseur", Conll.attachment(g, "Russie"));
        assertEquals("est<-cop-fournisseur", Conll.attachment(g, "est"));
    }

    @Test
    void enParticulierIsAnAdverbAndThePhraseItNarrowsAComplementOfTheNounBefore() {
        SemanticGraph g = Conll.parse("""
                1 Depuis ADP 3 case
                2 les DET 3 det
                3 années NOUN 11 obl:mod année p,f
                4 1960 NUM 3 nmod
                5 , PUNCT 11 punct
                6 la DET 7 det
                7 France PROPN 11 nsubj France s,f
                8 a AUX 11 aux avoir pres,3,ind,avoir,s
                9 été AUX 11 cop être etre,ppa,sp,e
                10 le DET 11 det
                11 fournisseur NOUN 0 root fournisseur s,m
                12 attitré ADJ 11 amod attitrer m,s,ppa
                13 de ADP 15 case
                14 les DET 15 det
                15 forces NOUN 11 nmod force p,f
                16 marocaines ADJ 15 amod marocain p,f
                17 , PUNCT 11 punct
                18 en ADP 19 case
                19 particulier NOUN 11 nmod particulier s,m
                20 de ADP 22 case
                21 leur DET 22 det
                22 aviation NOUN 19 nmod aviation s,f
                23 . PUNCT 11 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("aviation<-nmod-fournisseur", Conll.attachment(g, "aviation"));
        assertEquals("particulier<-advmod-fournisseur", Conll.attachment(g, "particulier"));
    }

    @Test
    void aNameTakenForTheObjectWithAPresentParticipleRightAfterItIsTheSubjectOfAnAbsoluteClause() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Grèce PROPN 3 nsubj Grèce s,f
                3 achète VERB 0 root acheter pres,3,s,2,1,sub,ind,imp
                4 d' ADP 3 obl
                5 abord NOUN 4 fixed abord s,m
                6 en ADP 7 case
                7 Europe PROPN 3 obl Europe s,f
                8 , PUNCT 3 punct
                9 la DET 10 det
                10 France PROPN 3 obj France s,f
                11 demeurant VERB 10 acl demeurer ppr
                12 le DET 13 det
                13 fournisseur NOUN 11 obj fournisseur s,m
                14 historique ADJ 13 amod historique s,e
                15 de ADP 17 case
                16 sa DET 17 det
                17 marine NOUN 13 nmod marine s,m
                18 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("France<-nsubj-demeurant", Conll.attachment(g, "France"));
        assertEquals("demeurant<-advcl-achète", Conll.attachment(g, "demeurant"));
    }

    @Test
    void nousBeforeAThirdPersonAuxiliaryIsTheIndirectObjectOfAVerbThatHandsOver() {
        // « les États-Unis, notre premier partenaire, nous ont cédé six patrouilleurs »
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 ministre NOUN 3 nsubj ministre e,s
                3 rappelle VERB 0 root rappeler imp,ind,sub,1,2,s,3,pres
                4 que SCONJ 14 mark
                5 les DET 6 det
                6 États-Unis PROPN 14 nsubj États-Unis m,p
                7 , PUNCT 10 punct
                8 notre DET 10 det
                9 premier ADJ 10 amod premier m,s
                10 partenaire NOUN 6 conj partenaire e,s
                11 , PUNCT 6 punct
                12 nous PRON 14 nsubj nous obj,suj,1,p,pers
                13 ont AUX 14 aux avoir avoir,ind,3,p,pres
                14 cédé VERB 3 ccomp céder ppa,s,m
                15 six NUM 16 nummod
                16 patrouilleurs NOUN 14 obj patrouilleur m,p
                17 en ADP 18 case
                18 2019 NUM 14 obl
                19 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-iobj-cédé", Conll.attachment(g, "nous"));
        assertEquals("États-Unis<-nsubj-cédé", Conll.attachment(g, "États-Unis"));
    }

    @Test
    void aVerbHungAsARelativeOnTheNameBeforeItsThirdPersonNousTakesTheNameForItsSubject() {
        // « le Canada, notre premier fournisseur depuis des décennies, nous a livré … quatre avions Twin Otter »
        SemanticGraph g = Conll.parse("""
                1 Je PRON 2 nsubj je suj,pers,s,1
                2 rappelle VERB 0 root rappeler 2,1,sub,ind,imp,pres,3,s
                3 aussi ADV 2 advmod
                4 que SCONJ 2 xcomp
                5 le DET 6 det
                6 Canada PROPN 4 conj Canada m,sp,e,s
                7 , PUNCT 10 punct
                8 notre DET 10 det
                9 premier ADJ 10 amod premier s,m
                10 fournisseur NOUN 6 conj fournisseur s,m
                11 depuis ADP 13 case
                12 des DET 13 det
                13 décennies NOUN 10 nmod décennie p,f
                14 , PUNCT 17 punct
                15 nous PRON 17 nsubj nous 1,suj,obj,pers,p
                16 a AUX 17 aux avoir 3,ind,avoir,s,pres
                17 livré VERB 6 acl:relcl livrer ppa,m,s
                18 entre ADP 19 case
                19 2015 NUM 17 obl
                20 et CCONJ 21 cc
                21 2016 NUM 19 conj
                22 quatre NUM 23 nummod
                23 avions NOUN 17 obj avion p,m
                24 Twin PROPN 23 appos
                25 Otter PROPN 24 flat:name
                26 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-iobj-livré", Conll.attachment(g, "nous"));
        assertEquals("Canada<-nsubj-livré", Conll.attachment(g, "Canada"));
    }
}
