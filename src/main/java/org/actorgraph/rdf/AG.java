package org.actorgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ActorGraph ontology's terms (ontology/actorgraph.ttl). */
public final class AG {
    private AG() {}

    public static final String NS = "https://w3id.org/actorgraph/ontology#";
    public static final String ID = "https://w3id.org/actorgraph/id/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    public static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Document = resource("Document");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource TransferItem = resource("TransferItem");

    public static final Property sellsArmsTo = property("sellsArmsTo");
    public static final Property accuses = property("accuses");
    public static final Property armedHistorically = property("armedHistorically");

    public static final Property weapon = property("weapon");
    public static final Property accordingTo = property("accordingTo");
    public static final Property status = property("status");
    public static final Property modality = property("modality");
    public static final Property trigger = property("trigger");
    public static final Property ruleId = property("ruleId");
    public static final Property confidence = property("confidence");
    public static final Property homeState = property("homeState");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property mentionCount = property("mentionCount");
    public static final Property manufacturer = property("manufacturer");
    public static final Property countryOfOrigin = property("countryOfOrigin");

    public static final Property item = property("item");
    public static final Property designation = property("designation");
    public static final Property description = property("description");
    public static final Property quantity = property("quantity");
    public static final Property quantityText = property("quantityText");
    public static final Property orderYear = property("orderYear");
    public static final Property deliveryYear = property("deliveryYear");
    public static final Property plannedDeliveryYear = property("plannedDeliveryYear");
    public static final Property contractValue = property("contractValue");
    public static final Property currency = property("currency");
    public static final Property valueText = property("valueText");

    public static final Property text = property("text");
    public static final Property index = property("index");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property textHash = property("textHash");
    public static final Property sentenceCount = property("sentenceCount");
}
