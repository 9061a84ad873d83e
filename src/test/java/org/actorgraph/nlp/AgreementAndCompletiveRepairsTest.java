package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/**
 * Repairs by person agreement, of a completive read as an adverbial clause and of a relative after a verb's complement,
 * on hand-written graphs: no model.
 */
class AgreementAndCompletiveRepairsTest {

    @Test
    void aThirdPersonVerbAfterEtIsNotCoordinatedWithAVerbWhoseSubjectIsNous() {
        // « Nous n'oublions pas que Washington était le fournisseur de l'armée et lui a livré des avions »
        SemanticGraph g = Conll.parse("""
                1 Nous PRON 2 nsubj nous p,pers,1
                2 oublions VERB 0 root oublier 1,ind,pres,p
                3 que SCONJ 7 mark
                4 Washington PROPN 7 nsubj
                5 était AUX 7 cop être 3,ind,impa,s
                6 le DET 7 det
                7 fournisseur NOUN 2 ccomp fournisseur m,s
                8 et CCONJ 11 cc
                9 lui PRON 11 iobj
                10 a AUX 11 aux avoir 3,ind,pres,s
                11 livré VERB 2 conj livrer m,s,ppa
                12 avions NOUN 11 obj avion m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("livré<-conj-fournisseur", Conll.attachment(g, "livré"));
    }

    @Test
    void aVerbThatAgreesWithNousStaysItsConjunct() {
        SemanticGraph g = Conll.parse("""
                1 Nous PRON 2 nsubj nous p,pers,1
                2 savons VERB 0 root savoir 1,ind,pres,p
                3 que SCONJ 7 mark
                4 Washington PROPN 7 nsubj
                5 était AUX 7 cop être 3,ind,impa,s
                6 le DET 7 det
                7 fournisseur NOUN 2 ccomp fournisseur m,s
                8 et CCONJ 10 cc
                9 avons AUX 10 aux avoir 1,ind,pres,p
                10 protesté VERB 2 conj protester m,s,ppa
                """);
        ParseRepairs.apply(g);
        assertEquals("protesté<-conj-savons", Conll.attachment(g, "protesté"));
    }

    @Test
    void aQueClauseOnAVerbOfSayingAfterAnInsertIsItsComplement() {
        // « Le ministre a affirmé, sans preuve, que le Togo aurait acquis des drones »
        SemanticGraph g = Conll.parse("""
                1 ministre NOUN 3 nsubj ministre m,s
                2 a AUX 3 aux avoir 3,ind,pres,s
                3 affirmé VERB 0 root affirmer m,s,ppa
                4 , PUNCT 3 punct
                5 sans ADP 6 case
                6 preuve NOUN 3 obl preuve f,s
                7 , PUNCT 3 punct
                8 que SCONJ 11 mark
                9 Togo PROPN 11 nsubj
                10 aurait AUX 11 aux avoir 3,con,pres,s
                11 acquis VERB 3 advcl acquérir m,p,ppa
                12 drones NOUN 11 obj drone m,p
                """);
        ParseRepairs.apply(g);
        assertEquals("acquis<-ccomp-affirmé", Conll.attachment(g, "acquis"));
    }

    @Test
    void aRelativeAfterAVerbsComplementInDeTakesItUp() {
        // « les forces dépendaient de Paris, qui fut leur fournisseur »
        SemanticGraph g = Conll.parse("""
                1 forces NOUN 2 nsubj force f,p
                2 dépendaient VERB 0 root dépendre 3,ind,impa,p
                3 de ADP 4 case
                4 Paris PROPN 2 obl:arg
                5 , PUNCT 1 punct
                6 qui PRON 9 nsubj
                7 fut AUX 9 cop être 3,ind,psim,s
                8 leur DET 9 det
                9 fournisseur NOUN 1 acl:relcl fournisseur m,s
                """);
        ParseRepairs.apply(g);
        assertEquals("fournisseur<-acl:relcl-Paris", Conll.attachment(g, "fournisseur"));
    }
}
