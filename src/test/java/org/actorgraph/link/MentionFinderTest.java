package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.actorgraph.testsupport.AfterParser;
import org.junit.jupiter.api.Test;

/** The gazetteer's names found in a text, on characters: no model is loaded. */
class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder(AfterParser.gazetteer());

    /** Each mention as "TEXT=QID/form", in text order; the text is the span of the original at the mention's offsets. */
    private static List<String> found(String text) {
        return FINDER.find(text).stream().map(m -> {
            assertEquals(m.text(), text.substring(m.begin(), m.end()));
            return m.text() + "=" + m.actor().qid() + "/" + m.form();
        }).toList();
    }

    @Test
    void namesCapitalsAndDemonymsAreTheirStatesWikidataIds() {
        assertEquals(List.of("France=Q142/name", "Arménie=Q399/name"), found("La France livre des radars à l'Arménie."));
        assertEquals(List.of("Bakou=Q227/capital", "Paris=Q142/capital", "Kremlin=Q159/capital"),
                found("Bakou accuse Paris et le Kremlin."));
        assertEquals(List.of("russe=Q159/demonym", "arménien=Q399/demonym"),
                found("le ministère russe de la Défense et le président arménien"));
    }

    @Test
    void aDemonymAloneBetweenQuotationMarksIsANickname() {
        assertEquals(List.of("Israël=Q801/name"), found("Israël envoya des conseillers, surnommés les « Mexicains »."));
        assertEquals(List.of("Israël=Q801/name", "mexicains=Q96/demonym"), found("Israël envoya des conseillers mexicains."));
    }

    @Test
    void aLeaderIsAPersonOfHisState() {
        List<Mention> ms = FINDER.find("Vladimir Poutine a reçu Macron.");
        assertEquals(List.of("Vladimir Poutine", "Macron"), ms.stream().map(Mention::text).toList());
        Gazetteer g = AfterParser.gazetteer();
        assertEquals(List.of(ActorKind.Person, ActorKind.Person), ms.stream().map(m -> m.actor().kind()).toList());
        assertEquals(List.of("Q159", "Q142"), ms.stream().map(m -> g.accountable(m.actor()).qid()).toList());
    }

    @Test
    void aStatesNameInCapitalsWithOrWithoutAccentsIsTheState() {
        assertEquals(List.of("FINLANDE=Q33/name", "Helsinki=Q33/capital"), found("FINLANDE. Helsinki a commandé des obusiers."));
        assertEquals(List.of("ALGERIE=Q262/name", "ÉTATS-UNIS=Q30/name", "CORÉE DU SUD=Q884/name"),
                found("ALGERIE : les ÉTATS-UNIS et la CORÉE DU SUD"));
        // only words in capitals: a lowercase word that spells a state's name differently is no name
        assertEquals(List.of(), found("la finlande"));
    }

    @Test
    void aCapitalisedDemonymAfterAnArticleIsOneOfItsPeople() {
        assertEquals(List.of("Finlandaise=Q33/demonym"), found("la Finlandaise"));
        assertEquals(List.of("Fidjien=Q712/demonym"), found("le Fidjien Ratu Seru Vakaloloma"));
        // within a name, it is part of the name
        assertEquals(List.of(), found("la Fondation Nippon, le Pathet Lao"));
    }

    @Test
    void aSeaOrGulfNamedAfterAStateIsNoMentionOfIt() {
        assertEquals(List.of("Ghana=Q117/name"), found("Le Ghana, puissance tranquille du golfe de Guinée"));
        assertEquals(List.of("Pékin=Q148/capital"), found("Pékin multiplie les patrouilles en mer de Chine méridionale."));
        assertEquals(List.of("Madagascar=Q1019/name"), found("les îlots du canal du Mozambique que réclame Madagascar"));
        // the state itself, named after other words, is still named
        assertEquals(List.of("Guinée=Q1006/name"), found("Le gouvernement de Guinée proteste."));
    }

    @Test
    void theEnglishNameOfAStatesForcesIsThatState() {
        assertEquals(List.of("Jamaica Defence Force=Q766/name"), found("les vedettes de la Jamaica Defence Force"));
        assertEquals(List.of("Royal Bahamas Defence Force=Q778/name"), found("un marin de la Royal Bahamas Defence Force"));
    }

    @Test
    void aMakerKnownForItsWeaponsIsNamedToo() {
        assertEquals(List.of("Lürssen=lurssen/name", "Damen=damen/name"), found("construits par Lürssen, puis par Damen"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("République d'Arménie=Q399/name"), found("la République d'Arménie"));
        assertEquals(List.of("Émirats arabes unis=Q878/name"), found("les Émirats arabes unis"));
    }

    @Test
    void theTwoVietnamsOfTheWarAreTwoStates() {
        assertEquals(List.of("République du Vietnam=Q180573/name", "Nord-Vietnam=Q881/name"),
                found("l'armée de la République du Vietnam affrontait le Nord-Vietnam"));
        assertEquals(List.of("Saïgon=Q180573/capital", "sud-vietnamiens=Q180573/demonym"), found("Saïgon et les pilotes sud-vietnamiens"));
    }

    @Test
    void aWeaponNamedByItsShortNameIsItsMakersModel() {
        Gazetteer g = AfterParser.gazetteer();
        List<Mention> ms = FINDER.find("Israël commanda des FAL, puis des Minimi à Herstal.");
        assertEquals(List.of("Israël", "FAL", "Minimi", "Herstal"), ms.stream().map(Mention::text).toList());
        assertEquals(List.of("Q801", "Q31", "Q31", "Q31"), ms.stream().map(m -> g.accountable(m.actor()) != null
                ? g.accountable(m.actor()).qid() : g.originOf(m.actor()).qid()).toList());
    }

    @Test
    void namesAreMatchedOnWholeWordsAndCase() {
        assertEquals(List.of(), found("Francesca et les Parisiens"));
        assertEquals(List.of(), found("la france et bakou"));
        assertEquals(List.of("Russie=Q159/name"), found("(Russie)"));
    }

    @Test
    void aTypographicApostropheMatchesTheNameWrittenWithAStraightOne() {
        assertEquals(List.of("République d’Arménie=Q399/name"), found("la République d’Arménie"));
    }

    @Test
    void aWeaponsVariantAfterItsNameIsPartOfTheMention() {
        assertEquals(List.of("T-90S=t-90/name", "Leopard 2A7=leopard-2/name"), found("des T-90S et des Leopard 2A7"));
        assertEquals(List.of(), found("des T-90Sx"), "a variant is capitals and digits only");
    }
}
