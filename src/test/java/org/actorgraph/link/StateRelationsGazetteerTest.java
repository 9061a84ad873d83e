package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gazetteer's tables between states: neighbours.tsv, joint-programmes.tsv and the end of a state (successors.tsv). */
class StateRelationsGazetteerTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static Actor actor(String qid) {
        Actor a = gazetteer.actor(qid);
        assertTrue(a != null, qid + " is in actors.tsv");
        return a;
    }

    @Test
    void neighboursAreReadBothWaysAndOnlyBorderingStatesAreNeighbours() {
        Actor india = actor("Q668");
        Actor pakistan = actor("Q843");
        assertTrue(gazetteer.areNeighbours(india, pakistan));
        assertTrue(gazetteer.areNeighbours(pakistan, india));
        assertFalse(gazetteer.areNeighbours(india, actor("Q30")));
        assertTrue(gazetteer.hasNeighbours(india));
    }

    @Test
    void aWeaponSeveralStatesBuildHasThemAllAsPartnersAndAWeaponOfOneMakerNone() {
        assertEquals(List.of(actor("Q142"), actor("Q38")), gazetteer.partnersOf(actor("fremm")));
        assertEquals(List.of(), gazetteer.partnersOf(actor("m-346")));
    }

    @Test
    void theSovietUnionHadCeasedToBeBy1992ButNotBefore() {
        Actor ussr = actor("Q15180");
        assertTrue(gazetteer.endedBy(ussr, 1992));
        assertFalse(gazetteer.endedBy(ussr, 1991));
        assertFalse(gazetteer.endedBy(actor("Q159"), 2023));
    }
}
