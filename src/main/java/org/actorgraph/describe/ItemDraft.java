package org.actorgraph.describe;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.extract.TransferItem;
import org.actorgraph.extract.TransferStatus;
import org.actorgraph.link.Actor;

/** One item of a transfer while its sentence is being read; {@link #build()} gives the register's item. */
final class ItemDraft {
    Actor weapon;
    String designation;
    String description;
    Integer quantity;
    String quantityText;
    TransferStatus status;
    final Set<Integer> order = new TreeSet<>();
    final Set<Integer> delivered = new TreeSet<>();
    final Set<Integer> planned = new TreeSet<>();
    IndexedWord head;
    String headLemma;
    Set<Integer> tokens = Set.of();

    /**
     * The item as the register sees it. A reported delivery makes an item ordered or unspecified Delivered; an
     * item whose only dated delivery is still to come (« doit fournir 66 appareils d'ici 2026 ») is Contracted.
     */
    TransferItem build() {
        TransferStatus st = status;
        if (!delivered.isEmpty() && (st == TransferStatus.Contracted || st == TransferStatus.Unspecified)) {
            st = TransferStatus.Delivered;
        } else if (delivered.isEmpty() && !planned.isEmpty() && st == TransferStatus.Delivered) {
            st = TransferStatus.Contracted;
        }
        return new TransferItem(weapon, designation, description, quantity, quantityText, st, List.copyOf(order),
                List.copyOf(delivered), List.copyOf(planned));
    }
}
