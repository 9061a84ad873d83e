package org.actorgraph.extract;

import java.util.List;
import org.actorgraph.link.Actor;

/**
 * One kind of materiel in a transfer, as a register lists it (SIPRI's row): the weapon system when the gazetteer
 * knows it, its designation as written (« GM200 », « F-16 Block 70 »), its description as written (« radars de
 * surveillance aérienne », « obusiers automoteurs »), the number of units when the text states it exactly and the
 * number as written when it does at all (« 24 », « une dizaine », « des centaines »), its own status (the event's,
 * unless the sentence puts this item under a negotiation or a cancellation, or reports its delivery), and the years
 * of order, of delivery and of planned delivery the text gives for it, resolved against the document's date.
 */
public record TransferItem(
        Actor weapon,
        String designation,
        String description,
        Integer quantity,
        String quantityText,
        TransferStatus status,
        List<Integer> orderYears,
        List<Integer> deliveryYears,
        List<Integer> plannedDeliveryYears) {

    public TransferItem {
        orderYears = List.copyOf(orderYears);
        deliveryYears = List.copyOf(deliveryYears);
        plannedDeliveryYears = List.copyOf(plannedDeliveryYears);
    }
}
