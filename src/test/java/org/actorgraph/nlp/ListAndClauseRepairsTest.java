package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Map;
import java.util.Set;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/**
 * Repairs of subject lists, clauses after a semicolon or a colon, coordinations across phrases, attributes and agents,
 * on hand-written graphs shaped as the French model parses such sentences: no model.
 */
class ListAndClauseRepairsTest {

    @Test
    void aNameAfterARelativeClauseOnAListedNameContinuesTheList() {
        SemanticGraph g = Conll.parse("""
                1 clients NOUN 0 root
                2 : PUNCT 4 punct
                3 le DET 4 det
                4 Chili PROPN 1 appos
                5 , PUNCT 7 punct
                6 le DET 7 det
                7 Pérou PROPN 4 conj
                8 , PUNCT 4 punct
                9 qui PRON 12 nsubj
                10 en PRON 12 iobj
                11 a AUX 12 aux
                12 acheté VERB 4 acl:relcl acheter
                13 dix NUM 12 obj
                14 , PUNCT 13 punct
                15 et CCONJ 17 cc
                16 l' DET 17 det
                17 Équateur PROPN 13 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("Équateur<-conj-Chili", Conll.attachment(g, "Équateur"));
    }

    @Test
    void aListOfNamesAfterASemicolonIsTheSubjectOfTheVerbHungOnItsFirstName() {
        SemanticGraph g = Conll.parse("""
                1 Rabat PROPN 2 nsubj
                2 dénonce VERB 0 root dénoncer 3,ind,pres,s
                3 une DET 4 det
                4 provocation NOUN 2 obj provocation f,s
                5 ; PUNCT 7 punct
                6 le DET 7 det
                7 Sénégal PROPN 4 conj Sénégal m,s
                8 et CCONJ 10 cc
                9 le DET 10 det
                10 Burkina PROPN 7 conj Burkina m,s
                11 Faso PROPN 10 flat:name
                12 condamnent VERB 7 acl condamner 3,ind,p,pres
                13 Alger PROPN 12 obj
                14 et CCONJ 15 cc
                15 rappellent VERB 7 conj rappeler 3,ind,p,pres
                16 leurs DET 17 det
                17 ambassadeurs NOUN 15 obj ambassadeur m,p
                18 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Sénégal<-nsubj-condamnent", Conll.attachment(g, "Sénégal"));
        assertEquals("Burkina<-conj-Sénégal", Conll.attachment(g, "Burkina"));
        assertEquals("condamnent<-parataxis-dénonce", Conll.attachment(g, "condamnent"));
        assertEquals("rappellent<-conj-condamnent", Conll.attachment(g, "rappellent"));
    }

    @Test
    void aSecondObjectWithAnInfinitiveStaysInTheClauseAfterTheSemicolon() {
        SemanticGraph g = Conll.parse("""
                1 Le DET 2 det
                2 Caire PROPN 3 nsubj
                3 accusait VERB 0 root accuser 3,ind,impa,s
                4 Ankara PROPN 3 obj
                5 d' ADP 6 mark
                6 occuper VERB 3 xcomp occuper inf
                7 la DET 8 det
                8 Libye PROPN 6 obj
                9 ; PUNCT 3 punct
                10 Athènes PROPN 11 nsubj
                11 reprochait VERB 3 parataxis reprocher 3,ind,impa,s
                12 à ADP 14 case
                13 la DET 14 det
                14 Turquie PROPN 11 obl
                15 et CCONJ 18 cc
                16 à ADP 18 case
                17 les DET 18 det
                18 Émirats PROPN 14 conj
                19 d' ADP 20 mark
                20 armer VERB 11 xcomp armer inf
                21 un DET 22 det
                22 putschiste NOUN 20 obj putschiste e,s
                23 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Émirats<-conj-Turquie", Conll.attachment(g, "Émirats"));
        assertEquals("armer<-xcomp-reprochait", Conll.attachment(g, "armer"));
    }

    @Test
    void aCliticBeforeTheParticipleAfterACopulaIsTheAttributesArticle() {
        SemanticGraph g = Conll.parse("""
                1 Car CCONJ 4 cc
                2 la DET 3 det
                3 France PROPN 4 nsubj
                4 demeure VERB 0 root demeurer 3,ind,pres,s
                5 l' PRON 6 obj
                6 alliée VERB 4 xcomp allier f,ppa,s
                7 historique ADJ 6 xcomp historique e,s
                8 et CCONJ 10 cc
                9 le DET 10 det
                10 fournisseur NOUN 4 conj fournisseur m,s
                11 de ADP 13 case
                12 l' DET 13 det
                13 armée NOUN 10 nmod armée f,s
                14 grecque ADJ 13 amod grec f,s
                15 . PUNCT 4 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("l'<-det-alliée", Conll.attachment(g, "l'"));
        assertEquals("historique<-amod-alliée", Conll.attachment(g, "historique"));
        assertEquals("fournisseur<-conj-alliée", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void aCliticOfAParticipleAfterAVerbOtherThanACopulaStaysAClitic() {
        SemanticGraph g = Conll.parse("""
                1 Paris PROPN 2 nsubj
                2 veut VERB 0 root vouloir 3,ind,pres,s
                3 l' PRON 4 obj
                4 armée VERB 2 xcomp armer f,ppa,s
                """);
        ParseRepairs.apply(g);
        assertEquals("l'<-obj-armée", Conll.attachment(g, "l'"));
    }

    @Test
    void etreHungOnTheSubjectBeforeAnAdverbialPhraseHeadsTheAttributeClause() {
        SemanticGraph g = Conll.parse("""
                1 Les DET 2 det
                2 États-Unis PROPN 0 root États-Unis m,p
                3 sont AUX 2 acl:relcl être 3,etre,ind,p,pres
                4 , PUNCT 6 punct
                5 depuis ADP 6 case
                6 2010 NUM 3 conj
                7 , PUNCT 10 punct
                8 le DET 10 det
                9 principal ADJ 10 amod principal m,s
                10 fournisseur NOUN 6 conj fournisseur m,s
                11 de ADP 13 case
                12 l' DET 13 det
                13 armée NOUN 10 nmod armée f,s
                14 irakienne ADJ 13 amod irakien f,s
                15 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("États-Unis<-nsubj-fournisseur", Conll.attachment(g, "États-Unis"));
        assertEquals("sont<-cop-fournisseur", Conll.attachment(g, "sont"));
        assertEquals("fournisseur<-root", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void anAttributeAfterAPhraseOpenedByAPartirDeIsTheCopulasComplement() {
        SemanticGraph g = Conll.parse("""
                1 Il PRON 2 nsubj
                2 passa VERB 0 root passer 3,ind,psim,s
                3 sur ADP 4 case
                4 MiG PROPN 2 obl
                5 , PUNCT 2 punct
                6 lorsque SCONJ 10 mark
                7 l' DET 8 det
                8 Union NOUN 10 nsubj union f,s
                9 soviétique ADJ 8 amod soviétique e,s
                10 devint VERB 2 advcl devenir 3,ind,psim,s
                11 , PUNCT 10 punct
                12 à ADP 16 case
                13 partir VERB 12 fixed partir inf
                14 de ADP 12 fixed
                15 les DET 16 det
                16 années NOUN 10 obl année f,p
                17 1970 NUM 16 nmod
                18 , PUNCT 2 punct
                19 le DET 21 det
                20 principal ADJ 21 amod principal m,s
                21 fournisseur NOUN 2 obj fournisseur m,s
                22 de ADP 23 case
                23 Libye PROPN 21 nmod
                24 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-xcomp-devint", Conll.attachment(g, "fournisseur"));
    }

    @Test
    void aVerbReadAsANounIsFoundPastParticiplesAndRelativeClausesOnNouns() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 Italie PROPN 0 root Italie f,s
                3 , PUNCT 6 punct
                4 de ADP 6 case
                5 son DET 6 det
                6 côté NOUN 2 nmod côté m,s
                7 , PUNCT 8 punct
                8 livre NOUN 6 appos livre e,s livrer 3,ind,pres,s
                9 depuis ADP 10 case
                10 2015 NUM 8 nmod
                11 les DET 12 det
                12 hélicoptères NOUN 8 appos hélicoptère m,p
                13 assemblés VERB 12 acl assembler m,p,ppa
                14 à ADP 15 case
                15 Vergiate PROPN 13 obl
                16 , PUNCT 12 punct
                17 dont PRON 19 nmod
                18 la DET 19 det
                19 flotte NOUN 21 nsubj flotte f,s
                20 qatarie ADJ 19 amod qatari f,s
                21 compte VERB 12 acl:relcl compter 3,ind,pres,s
                22 plusieurs DET 23 det
                23 exemplaires NOUN 21 obj exemplaire m,p
                24 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("livre<-root", Conll.attachment(g, "livre"));
        assertEquals("Italie<-nsubj-livre", Conll.attachment(g, "Italie"));
    }

    @Test
    void anAgentPastACommaAndAParticipleIsThatParticiples() {
        SemanticGraph g = Conll.parse("""
                1 les DET 2 det
                2 batteries NOUN 6 nsubj:pass batterie f,p
                3 lui PRON 6 iobj
                4 ont AUX 6 aux avoir 3,avoir,ind,p,pres
                5 été AUX 6 aux:pass être ppa
                6 livrées VERB 0 root livrer f,p,ppa
                7 , PUNCT 6 punct
                8 malgré ADP 10 case
                9 les DET 10 det
                10 menaces NOUN 6 obl menace f,p
                11 de ADP 12 case
                12 sanctions NOUN 10 nmod sanction f,p
                13 brandies ADJ 12 amod brandir f,p,ppa
                14 par ADP 15 case
                15 Washington PROPN 6 obl:agent
                16 . PUNCT 6 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Washington<-obl:agent-brandies", Conll.attachment(g, "Washington"));
        assertEquals("brandies<-acl-sanctions", Conll.attachment(g, "brandies"));
    }

    @Test
    void anAgentRightAfterItsVerbStaysItsOwn() {
        SemanticGraph g = Conll.parse("""
                1 les DET 2 det
                2 batteries NOUN 5 nsubj:pass batterie f,p
                3 ont AUX 5 aux avoir 3,avoir,ind,p,pres
                4 été AUX 5 aux:pass être ppa
                5 livrées VERB 0 root livrer f,p,ppa
                6 par ADP 7 case
                7 Moscou PROPN 5 obl:agent
                8 , PUNCT 5 punct
                9 malgré ADP 10 case
                10 sanctions NOUN 5 obl sanction f,p
                11 annoncées VERB 10 acl annoncer f,p,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("Moscou<-obl:agent-livrées", Conll.attachment(g, "Moscou"));
    }

    @Test
    void namesListedAfterAFrontedPhraseAreTheSubjectOfTheVerbAfterThem() {
        SemanticGraph g = Conll.parse("""
                1 Dans ADP 3 case
                2 un DET 3 det
                3 communiqué NOUN 0 root communiqué m,s
                4 commun ADJ 3 amod commun m,s
                5 , PUNCT 7 punct
                6 la DET 7 det
                7 France PROPN 3 conj France f,s
                8 , PUNCT 10 punct
                9 l' DET 10 det
                10 Allemagne PROPN 3 conj Allemagne f,s
                11 et CCONJ 13 cc
                12 le DET 13 det
                13 Royaume-Uni PROPN 3 conj Royaume-Uni m,s
                14 condamnent VERB 13 acl condamner 3,ind,p,pres
                15 l' DET 16 det
                16 attaque NOUN 14 obj attaque f,s
                17 . PUNCT 3 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("condamnent<-root", Conll.attachment(g, "condamnent"));
        assertEquals("communiqué<-obl:mod-condamnent", Conll.attachment(g, "communiqué"));
        assertEquals("France<-nsubj-condamnent", Conll.attachment(g, "France"));
        assertEquals("Allemagne<-conj-France", Conll.attachment(g, "Allemagne"));
        assertEquals("Royaume-Uni<-conj-France", Conll.attachment(g, "Royaume-Uni"));
    }

    @Test
    void aNameCoordinatedWithATimePhraseIsASecondObject() {
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 2 nsubj
                2 arme VERB 0 root armer 3,ind,pres,s
                3 le DET 4 det
                4 Pakistan PROPN 2 obj
                5 depuis ADP 7 case
                6 le DET 7 det
                7 début NOUN 2 obl début m,s
                8 de ADP 9 case
                9 années NOUN 7 nmod année f,p
                10 et CCONJ 12 cc
                11 le DET 12 det
                12 Bangladesh PROPN 7 conj
                13 depuis ADP 14 case
                14 décennies NOUN 7 nmod décennie f,p
                """);
        ParseRepairs.apply(g);
        assertEquals("Bangladesh<-conj-Pakistan", Conll.attachment(g, "Bangladesh"));
    }

    @Test
    void aCommonNounCoordinatedWithATimePhraseStaysInIt() {
        SemanticGraph g = Conll.parse("""
                1 Pékin PROPN 2 nsubj
                2 arme VERB 0 root armer 3,ind,pres,s
                3 le DET 4 det
                4 Pakistan PROPN 2 obj
                5 depuis ADP 6 case
                6 début NOUN 2 obl début m,s
                7 et CCONJ 9 cc
                8 la DET 9 det
                9 fin NOUN 6 conj fin f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("fin<-conj-début", Conll.attachment(g, "fin"));
    }

    @Test
    void aPastInfinitiveCoordinatedWithTheMainVerbIsTheSecondInfinitive() {
        SemanticGraph g = Conll.parse("""
                1 Téhéran PROPN 2 nsubj
                2 accuse VERB 0 root accuser 3,ind,pres,s
                3 Washington PROPN 2 obj
                4 d' ADP 6 mark
                5 avoir AUX 6 aux avoir avoir,inf
                6 armé VERB 2 xcomp armer m,ppa,s
                7 Israël PROPN 6 obj
                8 , PUNCT 2 punct
                9 et CCONJ 13 cc
                10 même ADV 13 advmod
                11 d' ADP 13 mark
                12 avoir AUX 13 aux avoir avoir,inf
                13 fourni VERB 2 conj fournir m,ppa,s
                14 les DET 15 det
                15 bombes NOUN 13 obj bombe f,p
                16 . PUNCT 2 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("fourni<-conj-armé", Conll.attachment(g, "fourni"));
    }

    @Test
    void theLastNamesOfAListTakenForTheSubjectJoinTheFirstAndTheRelativeClauseGoesToTheNounBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 Rappelons VERB 0 root rappeler 1,imp,p,pres
                2 -nous PRON 1 nsubj
                3 : PUNCT 5 punct
                4 la DET 5 det
                5 Grèce PROPN 2 appos Grèce f,s
                6 , PUNCT 8 punct
                7 les DET 8 det
                8 Pays-Bas NOUN 5 conj Pays-Bas m,p
                9 , PUNCT 10 punct
                10 Chypre PROPN 14 nsubj Chypre e,s
                11 et CCONJ 13 cc
                12 l' DET 13 det
                13 Italie PROPN 10 conj Italie f,s
                14 rompent VERB 5 acl rompre 3,ind,p,pres
                15 avec ADP 16 case
                16 Ankara PROPN 14 obl:arg
                17 , PUNCT 5 punct
                18 qu' PRON 20 obj
                19 ils PRON 20 nsubj
                20 accusent VERB 5 acl:relcl accuser 3,ind,p,pres
                21 . PUNCT 1 punct
                """);
        ParseRepairs.apply(g);
        assertEquals("Grèce<-nsubj-rompent", Conll.attachment(g, "Grèce"));
        assertEquals("Chypre<-conj-Grèce", Conll.attachment(g, "Chypre"));
        assertEquals("Italie<-conj-Grèce", Conll.attachment(g, "Italie"));
        assertEquals("rompent<-parataxis-Rappelons", Conll.attachment(g, "rompent"));
        assertEquals("accusent<-acl:relcl-Ankara", Conll.attachment(g, "accusent"));
    }

    @Test
    void nousBeforeTheVerbOfANameIsItsIndirectObject() {
        SemanticGraph g = Conll.parse("""
                1 L' DET 2 det
                2 Allemagne PROPN 5 nsubj
                3 nous PRON 5 nsubj
                4 a AUX 5 aux avoir 3,avoir,ind,pres,s
                5 livré VERB 0 root livrer m,ppa,s
                6 deux NUM 7 nummod
                7 sous-marins NOUN 5 obj sous-marin m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("nous<-iobj-livré", Conll.attachment(g, "nous"));
        assertEquals("Allemagne<-nsubj-livré", Conll.attachment(g, "Allemagne"));
    }

    @Test
    void aNounPhraseAfterAnIncidentalPhraseWithAComplementIsTheObject() {
        SemanticGraph g = Conll.parse("""
                1 la DET 2 det
                2 Croatie PROPN 4 nsubj
                3 a AUX 4 aux avoir 3,avoir,ind,pres,s
                4 signé VERB 0 root signer m,ppa,s
                5 jeudi NOUN 4 obl jeudi m,s
                6 , PUNCT 4 punct
                7 en ADP 8 case
                8 présence NOUN 4 obl présence f,s
                9 de ADP 11 case
                10 le DET 11 det
                11 président NOUN 8 nmod président m,s
                12 français ADJ 11 amod français m,s
                13 , PUNCT 11 punct
                14 un DET 15 det
                15 contrat NOUN 11 appos contrat m,s
                16 pour ADP 18 case
                17 douze NUM 18 nummod
                18 Rafale PROPN 15 nmod
                """);
        ParseRepairs.apply(g);
        assertEquals("contrat<-obj-signé", Conll.attachment(g, "contrat"));
    }

    @Test
    void aCapitalisedImperativeBeforeAHyphenatedCliticIsAVerb() {
        Map<String, Morph> readings = Map.of(
                "Souvenons", new Morph("souvenir", 'V', Set.of("imp", "ind", "pres", "1", "p"), Set.of("imp pres 1 p"), null, null),
                "Paris", new Morph("Paris", 'N', Set.of("e", "sp"), Set.of(), null, null));
        TaggedSentence s = HandTagged.sentence(readings, "Souvenons", "PROPN", "-nous", "PROPN", "de", "ADP", "2017", "NUM");
        ImperativeOpening.apply(s);
        assertEquals("VERB", s.tag(0));
        assertEquals("PRON", s.tag(1));
        TaggedSentence name = HandTagged.sentence(readings, "Paris", "PROPN", "-nous", "PROPN");
        ImperativeOpening.apply(name);
        assertEquals("PROPN", name.tag(0));
    }

    @Test
    void aNounBeforeAParticipleWithoutACommaIsTheObjectOfTheVerbBeforeIt() {
        SemanticGraph g = Conll.parse("""
                1 Tokyo PROPN 2 nsubj
                2 remet VERB 0 root remettre 3,ind,pres,s
                3 à ADP 4 case
                4 Manille PROPN 2 obl
                5 une DET 6 det
                6 lettre NOUN 8 nsubj lettre f,s
                7 les PRON 8 obj
                8 accusant VERB 2 advcl accuser ppr
                9 de ADP 10 mark
                10 mentir VERB 8 xcomp mentir inf
                """);
        ParseRepairs.apply(g);
        assertEquals("lettre<-obj-remet", Conll.attachment(g, "lettre"));
        assertEquals("accusant<-acl-lettre", Conll.attachment(g, "accusant"));
    }

    @Test
    void aSubjectAfterACommaStaysTheSubjectOfItsParticipleClause() {
        SemanticGraph g = Conll.parse("""
                1 Tokyo PROPN 2 nsubj
                2 proteste VERB 0 root protester 3,ind,pres,s
                3 , PUNCT 5 punct
                4 le DET 5 det
                5 gouvernement NOUN 6 nsubj gouvernement m,s
                6 accusant VERB 2 advcl accuser ppr
                7 Manille PROPN 6 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("gouvernement<-nsubj-accusant", Conll.attachment(g, "gouvernement"));
    }

    @Test
    void anAttributeTakenForTheSubjectOfTheInfinitiveAfterItHeadsTheClause() {
        SemanticGraph g = Conll.parse("""
                1 la DET 2 det
                2 Slovaquie PROPN 6 nsubj
                3 a AUX 6 aux avoir 3,avoir,ind,pres,s
                4 été AUX 6 cop être e,etre,ppa,sp
                5 le DET 6 det
                6 premier NOUN 9 nsubj premier m,s
                7 pays NOUN 6 nmod
                8 à ADP 9 mark
                9 céder VERB 0 root céder inf
                10 des DET 11 det
                11 chasseurs NOUN 9 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("céder<-acl-premier", Conll.attachment(g, "céder"));
        assertEquals("Slovaquie<-nsubj-premier", Conll.attachment(g, "Slovaquie"));
    }

    @Test
    void aCaselessNameBeforeAnInsertBetweenCommasIsTheSubject() {
        SemanticGraph g = Conll.parse("""
                1 Nicosie PROPN 8 obl:mod
                2 , PUNCT 8 punct
                3 pour ADP 5 case
                4 sa DET 5 det
                5 part NOUN 8 obl:mod
                6 , PUNCT 8 punct
                7 a AUX 8 aux avoir 3,avoir,ind,pres,s
                8 dénoncé VERB 0 root dénoncer ppa,m,s
                9 Ankara PROPN 8 obj
                """);
        ParseRepairs.apply(g);
        assertEquals("Nicosie<-nsubj-dénoncé", Conll.attachment(g, "Nicosie"));
    }

    @Test
    void aConjunctWithAnElidedDeHungOnATimePhraseJoinsThePhraseWithDe() {
        SemanticGraph g = Conll.parse("""
                1 Lima PROPN 3 nsubj
                2 s' PRON 3 expl
                3 équipe VERB 0 root équiper 3,ind,pres,s
                4 de ADP 5 case
                5 chars NOUN 3 obl:arg
                6 en ADP 7 case
                7 2020 NUM 5 nmod
                8 et CCONJ 10 cc
                9 d' ADP 10 case
                10 avions NOUN 7 conj
                """);
        ParseRepairs.apply(g);
        assertEquals("avions<-conj-chars", Conll.attachment(g, "avions"));
    }
}
