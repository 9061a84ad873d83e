package org.actorgraph.extract;

import java.util.List;

/** What a transfer's sentence says of it beyond its parties: the items transferred and the value of the deal. */
public record TransferDetails(List<TransferItem> items, MoneyValue value) {
    public static final TransferDetails NONE = new TransferDetails(List.of(), null);

    public TransferDetails {
        items = List.copyOf(items);
    }
}
