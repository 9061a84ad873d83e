package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.actorgraph.testsupport.Conll;
import org.junit.jupiter.api.Test;

/**
 * « La Grèce arme et encadre la Garde nationale »: a present verb the tagger took for a noun hung on the subject name,
 * before « et » and a verb the parser coordinated with that name, on graphs written as the parser gave them.
 */
class VerbBeforeCoordinatedVerbTest {

    @Test
    void aNounBeforeEtAndAPresentVerbIsTheFirstVerbOfTheClause() {
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det le f,s
                2 Grèce PROPN 0 root Grèce f,s
                3 arme NOUN 2 compound arme f,s armer ind,pres,3,s
                4 et CCONJ 5 cc et coor
                5 encadre VERB 2 conj encadrer 3,ind,pres,s
                6 la DET 7 det le f,s
                7 Garde NOUN 5 obj garde f,s
                8 . PUNCT 2 punct . fin
                """);
        ParseRepairs.apply(g);
        assertEquals("Grèce<-nsubj-arme", Conll.attachment(g, "Grèce"));
        assertEquals("encadre<-conj-arme", Conll.attachment(g, "encadre"));
        assertEquals("Garde<-obj-encadre", Conll.attachment(g, "Garde"));
    }

    @Test
    void aNounWithItsOwnDependentsStaysANoun() {
        // « La Grèce, arme au poing, … »: not a bare word right after the name
        SemanticGraph g = Conll.parse("""
                1 La DET 2 det le f,s
                2 Grèce PROPN 0 root Grèce f,s
                3 arme NOUN 2 compound arme f,s armer ind,pres,3,s
                4 lourde ADJ 3 amod lourd f,s
                5 et CCONJ 6 cc et coor
                6 encadre VERB 2 conj encadrer 3,ind,pres,s
                7 la DET 8 det le f,s
                8 Garde NOUN 6 obj garde f,s
                """);
        ParseRepairs.apply(g);
        assertEquals("arme<-compound-Grèce", Conll.attachment(g, "arme"));
        assertEquals("encadre<-conj-Grèce", Conll.attachment(g, "encadre"));
    }
}
