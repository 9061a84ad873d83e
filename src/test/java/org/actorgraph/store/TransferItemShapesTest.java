package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.rdf.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** The shapes of what a transfer transfers: an item belongs to one transfer, has one status, and says what it is. */
class TransferItemShapesTest {
    private static final String EVENT = "https://w3id.org/actorgraph/id/doc/d/event/0";

    /** A transfer item with nothing but its status, under an event of the given class (or none). */
    private static Model item(String eventClass) {
        Model m = ModelFactory.createDefaultModel();
        Resource it = m.createResource(EVENT + "/item/0", AG.TransferItem);
        it.addProperty(AG.status, AG.resource("Delivered"));
        it.addProperty(AG.description, "drones");
        if (eventClass != null) {
            m.createResource(EVENT, AG.resource(eventClass)).addProperty(AG.item, it);
        }
        return m;
    }

    private static ShapeValidator.Violations validate(Model m) {
        return ShapeValidator.bundled().validate(m.getGraph());
    }

    @Test
    void anItemBelongsToOneArmsTransfer() {
        ShapeValidator.Violations alone = validate(item(null));
        assertTrue(alone.messages().stream().anyMatch(s -> s.contains("exactly one ag:ArmsTransfer")), alone::toString);
        ShapeValidator.Violations accusation = validate(item("Accusation"));
        assertTrue(accusation.messages().stream().anyMatch(s -> s.contains("ag:item is only for arms transfers")),
                accusation::toString);
        ShapeValidator.Violations transfer = validate(item("ArmsTransfer"));
        assertFalse(transfer.messages().stream().anyMatch(s -> s.contains("item")), transfer::toString);
    }

    @Test
    void anItemNamesAWeaponOrSaysWhatItIsWithOneStatusAndYears() {
        Model m = item("ArmsTransfer");
        Resource it = m.getResource(EVENT + "/item/0");
        it.removeAll(AG.description);
        ShapeValidator.Violations v = validate(m);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("say what it is")), v::toString);
        it.addProperty(AG.description, "drones");
        it.addProperty(AG.status, AG.resource("Contracted"));
        it.addLiteral(AG.deliveryYear, m.createTypedLiteral("2023", XSDDatatype.XSDinteger));
        it.addLiteral(AG.quantity, m.createTypedLiteral("0", XSDDatatype.XSDinteger));
        v = validate(m);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("exactly one ag:status")), v::toString);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("xsd:gYear")), v::toString);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("ag:quantity")), v::toString);
    }

    @Test
    void aValueIsPositiveAndItsCurrencyAnIsoCode() {
        Model m = item("ArmsTransfer");
        Resource ev = m.getResource(EVENT);
        ev.addLiteral(AG.contractValue, m.createTypedLiteral("-5", XSDDatatype.XSDdecimal));
        ev.addProperty(AG.currency, "euros");
        ShapeValidator.Violations v = validate(m);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("positive xsd:decimal")), v::toString);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("ISO 4217")), v::toString);
    }
}
