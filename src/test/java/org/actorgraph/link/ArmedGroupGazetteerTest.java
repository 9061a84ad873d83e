package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gazetteer's armed groups: well-formed rows, surfaces that win over their home state's, and groups that answer for themselves. */
class ArmedGroupGazetteerTest {
    static Gazetteer gazetteer;
    static MentionFinder finder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        finder = new MentionFinder(gazetteer);
    }

    private static List<String> found(String text) {
        return finder.find(text).stream().map(m -> m.text() + "=" + m.actor().qid()).toList();
    }

    @Test
    void everyGroupHasAWellFormedIdAStateAsHomeIfAnyAndASurface() {
        List<Actor> groups = gazetteer.actors().stream().filter(a -> a.kind() == ActorKind.ArmedGroup).toList();
        assertTrue(groups.size() >= 25, "armed groups in the gazetteer: " + groups.size());
        Set<String> named = gazetteer.surfaces().stream().map(s -> s.actor().qid()).collect(Collectors.toSet());
        for (Actor g : groups) {
            assertTrue(g.qid().matches("Q[1-9][0-9]*|[a-z0-9]+(-[a-z0-9]+)*"), () -> "id " + g.qid());
            if (g.homeQid() != null) {
                Actor home = gazetteer.actor(g.homeQid());
                assertNotNull(home, () -> g.qid() + ": unknown home " + g.homeQid());
                assertEquals(ActorKind.State, home.kind(), () -> g.qid() + ": the home of an armed group is a state");
            }
            assertTrue(named.contains(g.qid()), () -> g.qid() + " has no surface in names.tsv");
            assertEquals(g, gazetteer.accountable(g), () -> g.qid() + " must answer for itself, not for " + g.homeQid());
        }
    }

    @Test
    void theGroupsSurfaceWinsOverItsHomeStatesNameOrDemonym() {
        assertEquals(List.of("Téhéran=Q794", "rebelles houthis=houthis"), found("Téhéran fournit des drones aux rebelles houthis."));
        assertEquals(List.of("houthis=houthis", "iraniens=Q794"), found("Les miliciens houthis ont reçu des missiles iraniens."));
        assertEquals(List.of("Washington=Q30", "Forces démocratiques syriennes=syrian-democratic-forces"),
                found("Washington arme les Forces démocratiques syriennes."));
        assertEquals(List.of("Armée de libération du Kosovo=kosovo-liberation-army"), found("l'Armée de libération du Kosovo"));
        assertEquals(List.of("Hezbollah libanais=Q41053"), found("le Hezbollah libanais"));
        assertEquals(List.of("groupe Wagner=wagner-group", "Mali=Q912"), found("le groupe Wagner, déployé au Mali"));
        assertEquals(List.of("Daech=Q2429253", "EI=Q2429253"), found("Daech (ou l'EI)"));
        assertEquals(List.of("AQMI=aqim", "Al-Qaïda au Maghreb islamique=aqim", "Al-Qaïda=Q34490"),
                found("AQMI, Al-Qaïda au Maghreb islamique, est une branche d'Al-Qaïda."));
        // "RSF" is Reporters sans frontières, "FDS" the Sahel states' defence and security forces: not groups.
        assertEquals(List.of(), found("RSF et les FDS"));
    }

    @Test
    void membersOfAGroupAreAgentNounsThatOnlyAGroupFills() {
        assertTrue(gazetteer.isGroupMemberNoun("combattants") && gazetteer.isGroupMemberNoun("Miliciens"));
        assertTrue(gazetteer.isAgentNoun("rebelles"));
        assertFalse(gazetteer.isGroupMemberNoun("ministère"));
    }
}
