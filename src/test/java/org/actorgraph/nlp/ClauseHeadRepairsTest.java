package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/**
 * Repairs of what heads a clause and what a relative clause hangs on: a fronted phrase or a copular clause the parser
 * made the head, a relative « que » read as a conjunction, a name hung on an adverbial noun, a participle read as a
 * clause. Hand-written graphs shaped as the French model parses such sentences: no model.
 */
class ClauseHeadRepairsTest {

    @Test
    void aClauseWithItsSubjectAfterAFrontedPhraseHeadsTheSentence() {
        SemanticGraph g = Conll.parse("""
                1 Pendant ADP 3 case
                2 des DET 3 det
                3 décennies NOUN 0 root décennie f,p
                4 , PUNCT 3 punct
                5 et CCONJ 10 cc
                6 encore ADV 5 advmod encore _
                7 lors ADV 10 case lors _
                8 de ADP 7 fixed
                9 la DET 10 det
                10 guerre NOUN 3 conj guerre f,s
                11 frontalière ADJ 10 amod frontalier f,s
                12 de ADP 13 case
                13 1979 NUM 10 nmod
                14 contre ADP 16 case
                15 la DET 16 det
                16 Chine PROPN 24 obl:mod Chine f,s
                17 , PUNCT 24 punct
                18 l' DET 19 det
                19 Union NOUN 24 nsubj union f,s
                20 soviétique ADJ 19 amod soviétique e,s
                21 a AUX 24 aux avoir 3,avoir,ind,pres,s
                22 été AUX 24 cop être e,etre,ppa,sp
                23 le DET 24 det
                24 fournisseur NOUN 10 acl:relcl fournisseur m,s
                25 quasi ADV 26 advmod quasi _
                26 exclusif ADJ 24 amod exclusif m,s
                27 de ADP 29 case
                28 l' DET 29 det
                29 armée NOUN 24 nmod armée f,s
                30 vietnamienne ADJ 29 amod vietnamien f,s
                31 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-root", Conll.attachment(g, "fournisseur"));
        assertEquals("décennies<-obl:mod-fournisseur", Conll.attachment(g, "décennies"));
        assertEquals("Union<-nsubj-fournisseur", Conll.attachment(g, "Union"));
    }

    @Test
    void aCopularClauseTheParserMadeASubjectHeadsTheSentenceAndTheNounAfterEtIsTheVerbsSubject() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 URSS PROPN 5 nsubj URSS f,sp
                3 est AUX 5 cop être 3,etre,ind,pres,s
                4 le DET 5 det
                5 fournisseur NOUN 20 nsubj fournisseur m,s
                6 attitré ADJ 5 amod attitrer m,ppa,s
                7 de ADP 9 case
                8 l' DET 9 det
                9 Égypte PROPN 5 nmod Égypte f,s
                10 , PUNCT 5 punct
                11 et CCONJ 13 cc
                12 l' DET 13 det
                13 expulsion NOUN 5 conj expulsion f,s
                14 de ADP 16 case
                15 les DET 16 det
                16 conseillers NOUN 13 nmod conseiller m,p
                17 n' ADV 20 advmod ne _
                18 a AUX 20 aux avoir 3,avoir,ind,pres,s
                19 pas ADV 20 advmod pas _
                20 tari VERB 0 root tarir m,ppa,s
                21 le DET 22 det
                22 flux NOUN 20 obj flux m,sp
                23 . PUNCT 20 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-root", Conll.attachment(g, "fournisseur"));
        assertEquals("tari<-conj-fournisseur", Conll.attachment(g, "tari"));
        assertEquals("expulsion<-nsubj-tari", Conll.attachment(g, "expulsion"));
        assertEquals("et<-cc-tari", Conll.attachment(g, "et"));
    }

    @Test
    void aRelativeQueAfterAModelNameAndACommaGoesToTheNounTheModelNames() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 frappes NOUN 4 nsubj:pass frappe f,p
                3 sont AUX 4 aux:pass être 3,etre,ind,p,pres
                4 attribuées VERB 0 root attribuer f,p,ppa
                5 à ADP 7 case
                6 des DET 7 det
                7 drones NOUN 4 obl drone m,p
                8 Bayraktar PROPN 7 appos
                9 TB PROPN 8 flat:name
                10 2 NUM 8 nummod
                11 , PUNCT 4 punct
                12 que SCONJ 17 mark
                13 l' DET 14 det
                14 armée NOUN 17 nsubj armée f,s
                15 azerbaïdjanaise ADJ 14 amod azerbaïdjanais f,s
                16 a AUX 17 aux avoir 3,avoir,ind,pres,s
                17 achetés VERB 4 advcl acheter m,p,ppa
                18 à ADP 20 case
                19 la DET 20 det
                20 Turquie PROPN 17 obl Turquie f,s
                21 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        // the model's number is no count: what follows the name stays where the relative put it
        assertEquals("achetés<-acl:relcl-drones", Conll.attachment(g, "achetés"));
        assertEquals("que<-obj-achetés", Conll.attachment(g, "que"));
    }

    @Test
    void aParticipleThatAgreesWithAnObjectBeforeItMakesQueARelativePronoun() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 assaillants NOUN 4 nsubj assaillant m,p
                3 se PRON 4 expl se 3,e,obj,pers,sp
                4 battent VERB 0 root battre 3,ind,p,pres,sub
                5 avec ADP 7 case
                6 des DET 7 det
                7 chars NOUN 4 obl:mod char m,p
                8 T PROPN 7 appos T m,sp
                9 -55 NUM 8 nummod
                10 et CCONJ 11 cc
                11 T PROPN 8 conj T m,sp
                12 -62 NUM 11 nummod
                13 que SCONJ 17 mark
                14 Moscou PROPN 17 nsubj Moscou e,sp
                15 leur PRON 17 iobj leur 3,e,obj,p,pers,s
                16 a AUX 17 aux avoir 3,avoir,ind,pres,s
                17 livrés VERB 4 advcl livrer m,p,ppa
                18 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-acl:relcl-chars", Conll.attachment(g, "livrés"));
        assertEquals("que<-obj-livrés", Conll.attachment(g, "que"));
    }

    @Test
    void aParticipleWithoutAgreementKeepsItsConjunction() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 2 nsubj Moscou e,sp
                2 dément VERB 0 root démentir 3,ind,pres,s
                3 les DET 4 det
                4 livraisons NOUN 2 obj livraison f,p
                5 alors ADV 8 mark alors _
                6 que SCONJ 5 fixed
                7 Kiev PROPN 8 nsubj Kiev e,sp
                8 affirme VERB 2 advcl affirmer 3,ind,pres,s
                9 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("affirme<-advcl-dément", Conll.attachment(g, "affirme"));
    }

    @Test
    void aNameTheParserMadePartOfAnAdverbialNounIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 Jérusalem PROPN 2 nsubj Jérusalem e,sp
                2 accusait VERB 0 root accuser 3,impa,ind,s
                3 sans ADP 4 case
                4 relâche NOUN 2 obl relâche e,s
                5 Téhéran PROPN 4 flat:name Téhéran e,sp
                6 de ADP 7 mark
                7 chercher VERB 2 xcomp chercher inf
                8 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Téhéran<-obj-accusait", Conll.attachment(g, "Téhéran"));
    }

    @Test
    void aNounWithDesAndAParticipleAfterTheObjectIsWhatTheObjectIsAPartOf() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 Pays-Bas PROPN 4 nsubj Pays-Bas m,p
                3 ont AUX 4 aux avoir 3,avoir,ind,p,pres
                4 livré VERB 0 root livrer m,ppa,s
                5 le DET 6 det
                6 dernier NOUN 4 obj dernier m,s
                7 des DET 9 det
                8 vingt-quatre NUM 9 nummod vingt-quatre e,p
                9 F X 11 nsubj F m,sp
                10 -16 NUM 9 nummod
                11 promis VERB 4 advcl promettre 1,2,ind,m,ppa,psim,s,sp
                12 à ADP 14 case
                13 l' DET 14 det
                14 Ukraine PROPN 11 obl Ukraine f,s
                15 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("F<-nmod-dernier", Conll.attachment(g, "F"));
        assertEquals("promis<-acl-F", Conll.attachment(g, "promis"));
    }

    @Test
    void nounsWithoutArticleAfterANameDescribeItAndListNoOtherParty() {
        SemanticGraph g = Conll.parse("""
                1 Moscou PROPN 17 nsubj Moscou e,sp
                2 , PUNCT 1 punct
                3 allié NOUN 1 appos allié m,s
                4 historique ADJ 3 amod historique e,s
                5 de ADP 7 case
                6 la DET 7 det
                7 Serbie PROPN 3 nmod Serbie f,s
                8 et CCONJ 9 cc
                9 fournisseur NOUN 3 conj fournisseur m,s
                10 traditionnel ADJ 9 amod traditionnel m,s
                11 de ADP 13 case
                12 son DET 13 det
                13 armée NOUN 9 nmod armée f,s
                14 , PUNCT 3 punct
                15 lui PRON 17 iobj lui 3,e,m,obj,pers,s,suj
                16 a AUX 17 aux avoir 3,avoir,ind,pres,s
                17 cédé VERB 0 root céder m,ppa,s
                18 six NUM 19 nummod six e,p
                19 MiG NOUN 17 obj
                20 -29 NUM 19 nummod
                21 . PUNCT 17 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("allié<-appos-Moscou", Conll.attachment(g, "allié"));
        assertEquals("fournisseur<-conj-allié", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void theVerbAfterADontClauseTheParserMadeTheHeadIsTheMainVerbOfTheNameBeforeDont() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 7 obl:mod États-Unis m,p
                3 , PUNCT 7 punct
                4 dont PRON 6 nmod dont e,rel,sp
                5 le DET 6 det
                6 Japon PROPN 7 nsubj Japon m,s
                7 dépend VERB 0 root dépendre 3,ind,pres,s
                8 depuis ADP 10 case
                9 l' DET 10 det
                10 après-guerre NOUN 7 obl après-guerre e,s
                11 pour ADP 13 case
                12 l' DET 13 det
                13 essentiel NOUN 7 obl essentiel m,s
                14 de ADP 16 case
                15 son DET 16 det
                16 armement NOUN 13 nmod armement m,s
                17 , PUNCT 7 punct
                18 lui PRON 20 iobj lui 3,e,m,obj,pers,s,suj
                19 ont AUX 20 aux avoir 3,avoir,ind,p,pres
                20 vendu VERB 7 advcl vendre m,ppa,s
                21 en ADP 22 case
                22 2024 NUM 20 obl
                23 quatre NUM 25 nummod quatre e,p
                24 cents NUM 25 nummod cent e,p
                25 missiles NOUN 22 appos missile m,p
                26 Tomahawk PROPN 25 appos tomahawk m,s
                27 . PUNCT 7 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("vendu<-root", Conll.attachment(g, "vendu"));
        assertEquals("États-Unis<-nsubj-vendu", Conll.attachment(g, "États-Unis"));
        assertEquals("dépend<-acl:relcl-États-Unis", Conll.attachment(g, "dépend"));
        // the counted noun after the year is what was sold
        assertEquals("missiles<-obj-vendu", Conll.attachment(g, "missiles"));
    }

    @Test
    void theObjectTheParserGaveToEtreIsTheAttributeThatHeadsTheClause() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 arsenal NOUN 3 nsubj arsenal m,s
                3 vient VERB 0 root venir 3,ind,pres,s
                4 de ADP 5 case
                5 Moscou PROPN 3 obl:arg Moscou e,sp
                6 , PUNCT 3 punct
                7 qui PRON 9 nsubj qui e,inte,rel,sp
                8 a AUX 9 aux avoir 3,avoir,ind,pres,s
                9 été AUX 3 acl:relcl être e,etre,ppa,sp
                10 pendant ADP 12 case
                11 une DET 12 det
                12 quinzaine NOUN 9 obl quinzaine f,s
                13 d' ADP 14 case
                14 années NOUN 12 nmod année f,p
                15 le DET 17 det
                16 principal ADJ 17 amod principal m,s
                17 fournisseur NOUN 9 obj fournisseur m,s
                18 de ADP 20 case
                19 le DET 20 det
                20 pays NOUN 17 nmod pays m,sp
                21 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("été<-cop-fournisseur", Conll.attachment(g, "été"));
        assertEquals("qui<-nsubj-fournisseur", Conll.attachment(g, "qui"));
        assertEquals("quinzaine<-obl-fournisseur", Conll.attachment(g, "quinzaine"));
    }

    @Test
    void aDontClauseAlreadyOnTheSubjectLeavesTheMainVerbAlone() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Corée PROPN 16 nsubj Corée f,s
                3 de ADP 5 case
                4 le DET 5 det
                5 Nord NOUN 2 nmod nord m,s
                6 , PUNCT 2 punct
                7 dont PRON 9 nmod dont e,rel,sp
                8 le DET 9 det
                9 dirigeant NOUN 12 nsubj dirigeant m,s
                10 Kim PROPN 9 appos Kim e,sp
                11 Il-sung PROPN 10 flat:name
                12 fascine VERB 2 acl:relcl fasciner 1,2,3,imp,ind,pres,s,sub
                13 l' DET 14 det
                14 amiral NOUN 12 obj amiral m,s
                15 , PUNCT 16 punct
                16 offre VERB 0 root offrir 1,2,3,imp,ind,pres,s,sub
                17 à ADP 18 case
                18 Tananarive PROPN 16 obl Tananarive e,sp
                19 de ADP 21 case
                20 les DET 21 det
                21 MiG PROPN 18 nmod
                22 -17 NUM 21 nummod
                23 , PUNCT 24 punct
                24 construit VERB 16 conj construire 3,ind,m,ppa,pres,s
                25 le DET 26 det
                26 palais NOUN 24 obj palais m,sp
                27 d' ADP 28 case
                28 Iavoloha PROPN 26 nmod
                29 et CCONJ 30 cc
                30 arme NOUN 26 conj arme f,s armer 1,2,3,imp,ind,pres,s,sub
                31 pendant ADP 35 case
                32 près ADV 34 advmod près _
                33 de ADP 32 fixed
                34 quinze NUM 35 nummod quinze e,p
                35 ans NOUN 24 obl an m,p
                36 sa DET 37 det
                37 garde NOUN 24 obj garde e,s garder 1,2,3,imp,ind,pres,s,sub
                38 présidentielle ADJ 37 amod présidentiel f,s
                39 . PUNCT 16 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("offre<-root", Conll.attachment(g, "offre"));
        assertEquals("Corée<-nsubj-offre", Conll.attachment(g, "Corée"));
    }

    @Test
    void aRelativeQueAfterAModelNameAndItsNumberHangsOnTheModel() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 marine NOUN 3 nsubj marine f,s
                3 repose VERB 0 root reposer 3,ind,pres,s
                4 sur ADP 6 case
                5 une DET 6 det
                6 dizaine NOUN 3 obl dizaine f,s
                7 de ADP 8 case
                8 Su PROPN 6 nmod su m,s
                9 -30 NUM 8 nummod
                10 , PUNCT 3 punct
                11 que SCONJ 15 mark
                12 Moscou PROPN 15 nsubj Moscou e,sp
                13 avait AUX 15 aux avoir 3,avoir,impa,ind,s
                14 déjà ADV 15 advmod déjà _
                15 livrés VERB 3 ccomp livrer m,p,ppa
                16 à ADP 17 case
                17 Alger PROPN 15 obl Alger e,sp
                18 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-acl:relcl-Su", Conll.attachment(g, "livrés"));
        assertEquals("que<-obj-livrés", Conll.attachment(g, "que"));
    }

    @Test
    void aFiniteVerbCoordinatedWithANounIsCoordinatedWithTheVerbAboveIt() {
        SemanticGraph g = Conll.parse("""
                1 Athènes PROPN 3 nsubj Athènes e,sp
                2 a AUX 3 aux avoir 3,avoir,ind,pres,s
                3 cédé VERB 0 root céder m,ppa,s
                4 à ADP 5 case
                5 Kiev PROPN 3 obl Kiev e,sp
                6 ses DET 7 det
                7 blindés NOUN 3 obj blindé m,p
                8 , PUNCT 7 punct
                9 puis SCONJ 12 cc
                10 les PRON 12 obj les 3,e,obj,p,pers
                11 a AUX 12 aux avoir 3,avoir,ind,pres,s
                12 remplacés VERB 7 conj remplacer m,p,ppa
                13 par ADP 15 case
                14 des DET 15 det
                15 chars NOUN 12 obl:agent char m,p
                16 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("remplacés<-conj-cédé", Conll.attachment(g, "remplacés"));
    }

    @Test
    void aWordAfterAReflexiveSeTheTaggerTookForANounIsTheVerbOfTheNounBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 armée NOUN 0 root armée f,s
                3 soudanaise ADJ 2 amod
                4 s' PRON 5 expl
                5 équipe NOUN 2 appos équipe f,s équiper ind,pres,3,s
                6 auprès ADP 9 case
                7 de ADP 6 fixed
                8 la DET 9 det
                9 Russie PROPN 2 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("équipe<-root", Conll.attachment(g, "équipe"));
        assertEquals("armée<-nsubj-équipe", Conll.attachment(g, "armée"));
        assertEquals("Russie<-obl-équipe", Conll.attachment(g, "Russie"));
    }

    @Test
    void aParticipleRightAfterItsSubjectThatTheParserMadeTheRootModifiesItAndTheVerbAfterItHeadsTheSentence() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 drones NOUN 3 nsubj drone m,p
                3 acquis VERB 0 root acquérir m,ppa,p
                4 auprès ADV 7 case auprès _
                5 de ADP 4 fixed
                6 la DET 7 det
                7 Turquie PROPN 3 obl Turquie f,s
                8 , PUNCT 3 punct
                9 restent VERB 3 advcl rester 3,ind,pres,p
                10 en ADP 11 case
                11 service NOUN 9 obl service m,s
                12 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("restent<-root", Conll.attachment(g, "restent"));
        assertEquals("drones<-nsubj-restent", Conll.attachment(g, "drones"));
        assertEquals("acquis<-acl-drones", Conll.attachment(g, "acquis"));
    }

    @Test
    void aReportingInsertInsideACleftLeavesTheFocusAtTheHeadWithItsRelative() {
        SemanticGraph g = Conll.parse("""
                1 C' PRON 4 nsubj ce _
                2 est AUX 4 cop être 3,etre,ind,pres,s
                3 bien ADV 4 advmod bien _
                4 Pékin PROPN 6 nsubj Pékin m,s
                5 , PUNCT 4 punct
                6 rappelle VERB 0 root rappeler 3,ind,pres,s
                7 un DET 8 det
                8 chercheur NOUN 6 obj chercheur m,s
                9 , PUNCT 8 punct
                10 qui PRON 13 nsubj qui _
                11 a AUX 13 aux avoir 3,avoir,ind,pres,s
                12 longtemps ADV 13 advmod longtemps _
                13 équipé VERB 8 acl:relcl équiper m,ppa,s
                14 l' DET 15 det
                15 armée NOUN 13 obj armée f,s
                16 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Pékin<-root", Conll.attachment(g, "Pékin"));
        assertEquals("équipé<-acl:relcl-Pékin", Conll.attachment(g, "équipé"));
        assertEquals("rappelle<-parataxis-Pékin", Conll.attachment(g, "rappelle"));
        assertEquals("chercheur<-nsubj-rappelle", Conll.attachment(g, "chercheur"));
    }

    @Test
    void anInvertedSubjectTheParserAlreadyMadeTheSubjectReadsAsItsPronoun() {
        SemanticGraph g = Conll.parse("""
                1 « PUNCT 3 punct
                2 Personne PRON 3 nsubj personne _
                3 ment VERB 6 ccomp mentir 3,ind,pres,s
                4 » PUNCT 3 punct
                5 , PUNCT 3 punct
                6 raconte VERB 0 root raconter 3,ind,pres,s
                7 -t-elle PRON 6 nsubj elle _
                8 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("elle<-nsubj-raconte", Conll.attachment(g, "elle"));
    }

    @Test
    void aReportingInsertTheParserMadeTheSubjectOfTheAttributeHangsOnItAndThePhraseBeforeItIsTheSubject() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 4 nsubj
                3 , PUNCT 4 punct
                4 rappelle VERB 12 nsubj rappeler 3,ind,pres,s
                5 le DET 6 det
                6 quotidien NOUN 4 obj quotidien m,s
                7 , PUNCT 4 punct
                8 ont AUX 12 aux avoir 3,ind,pres,p
                9 été AUX 12 cop être ppa
                10 le DET 12 det
                11 principal ADJ 12 amod principal m,s
                12 fournisseur NOUN 0 root fournisseur m,s
                13 de ADP 15 case
                14 l' DET 15 det
                15 armée NOUN 12 nmod armée f,s
                16 bolivienne ADJ 15 amod bolivien f,s
                17 . PUNCT 12 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("États-Unis<-nsubj-fournisseur", Conll.attachment(g, "États-Unis"));
        assertEquals("rappelle<-parataxis-fournisseur", Conll.attachment(g, "rappelle"));
        assertEquals("quotidien<-nsubj-rappelle", Conll.attachment(g, "quotidien"));
    }

    @Test
    void aReportingInsertTheParserMadeTheHeadGivesItBackToTheCopularClauseAfterTheReporter() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 4 nsubj
                3 , PUNCT 2 punct
                4 rappelle VERB 0 root rappeler 3,ind,pres,s
                5 le DET 6 det
                6 quotidien NOUN 4 obj quotidien m,s
                7 , PUNCT 4 punct
                8 ont AUX 13 aux avoir 3,ind,pres,p
                9 longtemps ADV 13 advmod
                10 été AUX 13 cop être ppa
                11 le DET 13 det
                12 principal ADJ 13 amod principal m,s
                13 fournisseur NOUN 4 advcl fournisseur m,s
                14 de ADP 16 case
                15 les DET 16 det
                16 forces NOUN 13 nmod force f,p
                17 armées ADJ 16 amod armer f,p
                18 péruviennes ADJ 16 amod péruvien f,p
                19 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-root", Conll.attachment(g, "fournisseur"));
        assertEquals("États-Unis<-nsubj-fournisseur", Conll.attachment(g, "États-Unis"));
        assertEquals("quotidien<-nsubj-rappelle", Conll.attachment(g, "quotidien"));
    }

    @Test
    void aPerfectCopulaTheParserHungOnItsSubjectGivesTheAttributeTheClause() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 0 root
                3 ont AUX 2 acl avoir 3,ind,pres,p
                4 été AUX 3 ccomp être ppa
                5 pendant ADP 7 case
                6 des DET 7 det
                7 décennies NOUN 4 obl décennie f,p
                8 le DET 10 det
                9 principal ADJ 10 amod principal m,s
                10 fournisseur NOUN 7 appos fournisseur m,s
                11 de ADP 13 case
                12 l' DET 13 det
                13 Uruguay PROPN 10 nmod
                14 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-root", Conll.attachment(g, "fournisseur"));
        assertEquals("États-Unis<-nsubj-fournisseur", Conll.attachment(g, "États-Unis"));
        assertEquals("ont<-aux-fournisseur", Conll.attachment(g, "ont"));
        assertEquals("été<-cop-fournisseur", Conll.attachment(g, "été"));
        assertEquals("décennies<-obl-fournisseur", Conll.attachment(g, "décennies"));
    }

    @Test
    void aFiniteVerbAfterADetachedAdjectiveTakesItsPlaceWithTheNounBeforeForSubject() {
        SemanticGraph g = Conll.parse("""
                1 Nasser PROPN 3 nsubj
                2 se PRON 3 obj
                3 tourne VERB 0 root tourner 3,ind,pres,s
                4 vers ADP 5 case
                5 Moscou PROPN 3 obl
                6 , PUNCT 3 punct
                7 et CCONJ 12 cc
                8 l' DET 9 det
                9 Union NOUN 12 nsubj union f,s
                10 soviétique ADJ 9 amod soviétique e,s
                11 , PUNCT 12 punct
                12 ravie VERB 3 conj ravir ppa,f,s
                13 de ADP 14 mark
                14 prendre VERB 12 xcomp prendre inf
                15 pied NOUN 14 obj pied m,s
                16 , PUNCT 12 punct
                17 devient VERB 12 advcl devenir 3,ind,pres,s
                18 le DET 19 det
                19 fournisseur NOUN 17 xcomp fournisseur m,s
                20 de ADP 22 case
                21 l' DET 22 det
                22 armée NOUN 19 nmod armée f,s
                23 égyptienne ADJ 22 amod égyptien f,s
                24 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("devient<-conj-tourne", Conll.attachment(g, "devient"));
        assertEquals("Union<-nsubj-devient", Conll.attachment(g, "Union"));
        assertEquals("ravie<-acl-Union", Conll.attachment(g, "ravie"));
        assertEquals("et<-cc-devient", Conll.attachment(g, "et"));
    }

    @Test
    void anIndefiniteObjectTheParserJoinedToTheNextClausesSubjectIsTheVerbsObject() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det
                2 Russie PROPN 4 nsubj
                3 a AUX 4 aux avoir 3,ind,pres,s
                4 livré VERB 0 root livrer ppa,m,s
                5 à ADP 7 case
                6 le DET 7 det
                7 Mali PROPN 4 obl
                8 , PUNCT 4 punct
                9 en ADP 10 case
                10 2022 NUM 4 obl
                11 , PUNCT 4 punct
                12 des DET 13 det
                13 hélicoptères NOUN 22 nsubj hélicoptère m,p
                14 armés VERB 13 acl armer ppa,m,p
                15 , PUNCT 13 punct
                16 et CCONJ 18 cc
                17 les DET 18 det
                18 visites NOUN 13 conj visite f,p
                19 de ADP 20 case
                20 délégations NOUN 18 nmod délégation f,p
                21 se PRON 22 expl:pass
                22 multiplient VERB 4 advcl multiplier 3,ind,pres,p
                23 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("hélicoptères<-obj-livré", Conll.attachment(g, "hélicoptères"));
        assertEquals("visites<-nsubj-multiplient", Conll.attachment(g, "visites"));
        assertEquals("multiplient<-conj-livré", Conll.attachment(g, "multiplient"));
    }

    @Test
    void aCopulaKeptAsHeadAfterAColonGivesItsPlaceToTheAttributeHungOnTheTimePhrase() {
        SemanticGraph g = Conll.parse("""
                1 Ces DET 2 det ce e,p
                2 ventes NOUN 4 nsubj vente f,p
                3 s' PRON 4 expl:pass se 3,e,obj,pers,sp
                4 inscrivent VERB 0 root inscrire 3,ind,p,pres,sub
                5 dans ADP 7 case dans _
                6 une DET 7 det un f,s
                7 tradition NOUN 4 obl:arg tradition f,s
                8 ancienne ADJ 7 amod ancien f,s
                9 : PUNCT 7 punct : nonfin
                10 la DET 11 det le f,s
                11 Norvège PROPN 7 appos Norvège f,s
                12 a AUX 13 aux avoir 3,avoir,ind,pres,s
                13 été AUX 11 acl être e,etre,ppa,sp
                14 pendant ADP 16 case pendant m,s
                15 des DET 16 det un e,p
                16 décennies NOUN 13 obl décennie f,p
                17 le DET 18 det le m,s
                18 fournisseur NOUN 16 appos fournisseur m,s
                19 attitré ADJ 18 amod attitrer m,ppa,s
                20 de ADP 22 case de e,sp
                21 l' DET 22 det le e,s
                22 aviation NOUN 18 nmod aviation f,s
                23 finlandaise ADJ 22 amod finlandais f,s
                24 . PUNCT 4 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-parataxis-inscrivent", Conll.attachment(g, "fournisseur"));
        assertEquals("Norvège<-nsubj-fournisseur", Conll.attachment(g, "Norvège"));
        assertEquals("été<-cop-fournisseur", Conll.attachment(g, "été"));
        assertEquals("décennies<-obl-fournisseur", Conll.attachment(g, "décennies"));
    }

    @Test
    void theSubjectAndAuxiliaryTheParserHungOnACopulaAreTheAttributes() {
        SemanticGraph g = Conll.parse("""
                1 Sous ADP 2 case sous _
                2 Nasser PROPN 15 obl:mod Nasser e,sp
                3 , PUNCT 2 punct , nonfin
                4 arrivé VERB 15 advcl arriver m,ppa,s
                5 à ADP 7 case à _
                6 le DET 7 det le m,s
                7 pouvoir NOUN 4 obl pouvoir m,s
                8 en ADP 9 case en _
                9 1954 NUM 4 obl 1954 _
                10 , PUNCT 15 punct , nonfin
                11 l' DET 12 det le e,s
                12 Union NOUN 15 nsubj union f,s
                13 soviétique ADJ 12 amod soviétique e,s
                14 a AUX 15 aux avoir 3,avoir,ind,pres,s
                15 été AUX 23 cop être e,etre,ppa,sp
                16 pendant ADP 20 case pendant m,s
                17 près ADV 19 advmod près _
                18 d' ADP 17 fixed de e,sp
                19 une DET 20 nummod un f,s
                20 décennie NOUN 15 obl décennie f,s
                21 le DET 23 det le m,s
                22 principal ADJ 23 amod principal m,s
                23 fournisseur NOUN 0 root fournisseur m,s
                24 de ADP 26 case de e,sp
                25 l' DET 26 det le e,s
                26 armée NOUN 23 nmod armée f,s
                27 égyptienne ADJ 26 amod égyptien f,s
                28 . PUNCT 23 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("Union<-nsubj-fournisseur", Conll.attachment(g, "Union"));
        assertEquals("a<-aux-fournisseur", Conll.attachment(g, "a"));
        assertEquals("décennie<-obl-fournisseur", Conll.attachment(g, "décennie"));
    }

    @Test
    void anAppositionTheParserMadeTheRootGivesItsPlaceToTheVerbAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 à ADP 3 case à _
                2 le DET 3 det le m,s
                3 début NOUN 12 obl:mod début m,s
                4 de ADP 6 case de e,sp
                5 les DET 6 det le e,p
                6 années NOUN 3 nmod année f,p
                7 1970 NUM 6 nmod 1970 _
                8 , PUNCT 12 punct , nonfin
                9 Paris PROPN 12 nmod Paris e,s,sp
                10 , PUNCT 12 punct , nonfin
                11 ancienne ADJ 12 amod ancien f,s
                12 puissance NOUN 0 root puissance f,s
                13 mandataire ADJ 12 amod mandataire e,s
                14 soucieuse ADJ 12 amod soucieux f,s
                15 de ADP 16 mark de e,sp
                16 garder VERB 12 acl garder inf
                17 son DET 18 det son e,m,s
                18 influence NOUN 16 obj influence f,s influencer 1,2,3,imp,ind,pres,s,sub
                19 , PUNCT 12 punct , nonfin
                20 vendait VERB 12 acl vendre 3,impa,ind,s
                21 à ADP 24 case à _
                22 le DET 24 det le m,s
                23 jeune ADJ 24 amod jeune e,s
                24 Liban PROPN 20 obl Liban m,s
                25 de ADP 27 case de e,sp
                26 les DET 27 det le e,p
                27 chars NOUN 24 nmod char m,p
                28 légers ADJ 27 amod léger m,p
                29 . PUNCT 12 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("vendait<-root", Conll.attachment(g, "vendait"));
        assertEquals("Paris<-nsubj-vendait", Conll.attachment(g, "Paris"));
        assertEquals("puissance<-appos-Paris", Conll.attachment(g, "puissance"));
        assertEquals("début<-obl-vendait", Conll.attachment(g, "début"));
    }

    @Test
    void aVerbHungOnAStressedPronounTakesTheNamesPlaceWithTheNameForSubject() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det le m,s
                2 Pérou PROPN 0 root Pérou m,s
                3 , PUNCT 2 punct , nonfin
                4 lui PRON 2 appos lui 3,e,m,obj,pers,s,suj
                5 , PUNCT 4 punct , nonfin
                6 mise VERB 4 acl miser 1,2,3,imp,ind,pres,s,sub
                7 sur ADP 9 case sur m,s
                8 la DET 9 det le f,s
                9 marine NOUN 6 obl marine m,s mariner 1,2,3,imp,ind,pres,s,sub
                10 : PUNCT 2 punct : nonfin
                11 il PRON 12 nsubj il 3,m,pers,s,suj
                12 commande VERB 2 parataxis commander 1,2,3,imp,ind,pres,s,sub
                13 à ADP 15 case à _
                14 un DET 15 det un m,s
                15 chantier NOUN 12 obl chantier m,s
                16 de ADP 17 case de e,sp
                17 Gênes PROPN 15 nmod Gênes e,sp
                18 deux NUM 19 nummod deux e,p
                19 frégates NOUN 15 appos frégate f,p
                20 . PUNCT 2 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("mise<-root", Conll.attachment(g, "mise"));
        assertEquals("Pérou<-nsubj-mise", Conll.attachment(g, "Pérou"));
        assertEquals("lui<-dislocated-Pérou", Conll.attachment(g, "lui"));
        assertEquals("commande<-parataxis-mise", Conll.attachment(g, "commande"));
    }

    @Test
    void aParticipleTakenForTheVerbOfACompletiveDescribesTheSubjectOfThePassiveAfterIt() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det le m,s
                2 ministère NOUN 8 nsubj ministère m,s
                3 roumain ADJ 2 amod roumain m,s
                4 de ADP 6 case de e,sp
                5 la DET 6 det le f,s
                6 Défense PROPN 2 nmod défense f,s
                7 a AUX 8 aux avoir 3,avoir,ind,pres,s
                8 confirmé VERB 0 root confirmer m,ppa,s
                9 que SCONJ 21 mark que sub
                10 les DET 11 det le e,p
                11 chars NOUN 21 nsubj:pass char m,p
                12 Abrams PROPN 11 appos Abrams e,sp
                13 commandés VERB 11 acl commander m,p,ppa
                14 à ADP 16 case à _
                15 le DET 16 det le m,s
                16 constructeur NOUN 13 obl constructeur m,s
                17 américain ADJ 16 amod américain m,s
                18 General PROPN 16 appos general _
                19 Dynamics PROPN 18 flat:name dynamics _
                20 seraient AUX 21 aux:pass être 3,con,etre,p,pres
                21 livrés VERB 8 ccomp livrer m,p,ppa
                22 en ADP 24 case en _
                23 deux NUM 24 nummod deux e,p
                24 lots NOUN 21 obl lot m,p
                25 . PUNCT 8 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("livrés<-ccomp-confirmé", Conll.attachment(g, "livrés"));
        assertEquals("chars<-nsubj:pass-livrés", Conll.attachment(g, "chars"));
        assertEquals("commandés<-acl-chars", Conll.attachment(g, "commandés"));
    }

    @Test
    void aNounPhraseAfterAParticipialInsertIsTheObjectOfTheVerb() {
        SemanticGraph g = Conll.parse("""
                1 En ADP 2 case en _
                2 2010 NUM 7 obl:mod 2010 _
                3 , PUNCT 7 punct , nonfin
                4 le DET 5 det le m,s
                5 Chili PROPN 7 nsubj Chili m,s
                6 avait AUX 7 aux avoir 3,avoir,impa,ind,s
                7 commandé VERB 0 root commander m,ppa,s
                8 à ADP 10 case à _
                9 le DET 10 det le m,s
                10 chantier NOUN 7 obl chantier m,s
                11 néerlandais ADJ 10 amod néerlandais m,sp
                12 Damen PROPN 10 appos damen _
                13 , PUNCT 7 punct , nonfin
                14 contrôlé VERB 7 advcl contrôler m,ppa,s
                15 par ADP 17 case par _
                16 une DET 17 det un f,s
                17 famille NOUN 14 obl:agent famille f,s
                18 d' ADP 19 case de e,sp
                19 armateurs NOUN 17 nmod armateur m,p
                20 , PUNCT 14 punct , nonfin
                21 plus ADV 23 advmod plus _
                22 d' ADP 21 fixed de e,sp
                23 une NUM 24 nummod un f,s
                24 dizaine NOUN 14 obl dizaine f,s
                25 de ADP 26 case de e,sp
                26 patrouilleurs NOUN 24 nmod patrouilleur m,p
                27 côtiers ADJ 26 amod côtier m,p
                28 . PUNCT 7 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("dizaine<-obj-commandé", Conll.attachment(g, "dizaine"));
    }

    @Test
    void aSentenceOpeningOnAPresentParticipleIsHeadedByTheFiniteVerbAfterTheComma() {
        SemanticGraph g = Conll.parse("""
                1 Prenant VERB 0 root prendre ppr
                2 la DET 3 det le f,s
                3 parole NOUN 1 obj parole f,s
                4 devant ADP 6 case devant _
                5 la DET 6 det le f,s
                6 commission NOUN 13 obl:mod commission f,s
                7 , PUNCT 13 punct , nonfin
                8 la DET 9 det le f,s
                9 députée NOUN 13 nsubj député f,s
                10 Anna PROPN 9 appos Anna f,sp
                11 Keller PROPN 10 flat:name keller _
                12 a AUX 13 aux avoir 3,avoir,ind,pres,s
                13 rappelé VERB 1 parataxis rappeler m,ppa,s
                14 le DET 15 det le m,s
                15 précédent NOUN 13 obj précédent m,s
                16 de ADP 18 case de e,sp
                17 les DET 18 det le e,p
                18 chars NOUN 15 nmod char m,p
                19 de ADP 21 case de e,sp
                20 la DET 21 det le f,s
                21 famille NOUN 18 nmod famille f,s
                22 Leopard PROPN 21 appos leopard _
                23 , PUNCT 13 punct , nonfin
                24 modernisés VERB 13 advcl moderniser m,p,ppa
                25 à ADP 26 case à _
                26 Kassel PROPN 24 obl kassel _
                27 et CCONJ 28 cc et coor
                28 livrés VERB 24 conj livrer m,p,ppa
                29 pendant ADP 31 case pendant m,s
                30 des DET 31 det un e,p
                31 années NOUN 28 obl année f,p
                32 à ADP 34 case à _
                33 l' DET 34 det le e,s
                34 Indonésie PROPN 28 obl Indonésie f,s
                35 par ADP 37 case par _
                36 l' DET 37 det le e,s
                37 Allemagne PROPN 28 obl:agent Allemagne f,s,sp
                38 . PUNCT 1 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("rappelé<-root", Conll.attachment(g, "rappelé"));
        assertEquals("Prenant<-advcl-rappelé", Conll.attachment(g, "Prenant"));
        assertEquals("modernisés<-acl-chars", Conll.attachment(g, "modernisés"));
        assertEquals("livrés<-conj-modernisés", Conll.attachment(g, "livrés"));
    }
}
