package org.actorgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French full of foreign names stays French; dispatches in other languages are told apart. */
class LanguageCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Des raisons de santé l'oblige à s'installer à Lagoa Santa où il demeure jusqu'à sa mort. En mars 1936 le LZ 129 est remis à la compagnie allemande DZR (Deutsche Zeppelin-Reederei).",
        "La gmina de Mniów est voisine des gminy de Łopuszno, Miedziana Góra, Radoszyce, Smyków, Stąporków, Strawczyn et Zagnańsk. L'activité taurine a subi des hauts et de bas liés aux soubresauts historiques et économiques du pays.",
        "En ce qui concerne les influences classiques, il s'agit de Bach, Chopin, Saint-Saëns, Prokofiev, Albinoni, Pachelbel, Britten, ou encore Rachmaninov. La carte regorge de trésors tant en crêpes qu'en galettes.",
        "Le ministre allemand de la Défense, Boris Pistorius, a annoncé à Berlin la livraison de chars Leopard 2A6 à l'Ukraine, précisant que les premiers exemplaires partiraient de Munster dans les prochaines semaines."
    })
    void frenchWithForeignNamesIsFrench(String text) {
        assertNull(LanguageCheck.notFrench(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The United States approved on Friday the sale of two hundred Patriot missiles to Poland, the State Department said in a statement, adding that the deal was worth billions.",
        "Die Bundesregierung hat am Freitag die Lieferung von weiteren Leopard-Panzern an die Ukraine genehmigt, wie ein Sprecher des Verteidigungsministeriums mitteilte. Die ersten Fahrzeuge sollen noch vor dem Winter geliefert werden, hieß es in Berlin.",
        "El Gobierno de España aprobó el viernes la venta de veinte blindados a Marruecos, según informó el Ministerio de Defensa en un comunicado oficial. Los primeros vehículos serán entregados antes del final del año.",
        "Il governo italiano ha approvato venerdì la vendita di venti elicotteri alla Turchia, secondo quanto riferito dal ministero della Difesa in una nota. I primi velivoli saranno consegnati entro la fine del prossimo anno."
    })
    void otherLanguagesAreNotFrench(String text) {
        assertNotNull(LanguageCheck.notFrench(text));
    }
}
