package org.actorgraph.extract;

/** How far an arms transfer has gone, as the text tells it. */
public enum TransferStatus {
    Delivered,
    Contracted,
    Negotiating,
    Cancelled,
    Unspecified
}
