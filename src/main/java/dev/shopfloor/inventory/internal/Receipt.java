package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a receipt adds to each line of a purchase order: the lines named (by id or SKU, a line named twice adds
 * up), or everything outstanding when none are named. Refuses a line the order does not have
 * ({@code unknown_line}) and more than a line still expects ({@code over_receipt}); both 422.
 */
record Receipt(Map<UUID, Integer> quantityByLine, int outstandingAfter) {

    static Receipt plan(List<PurchaseOrderLine> lines, List<ReceiptLine> received) {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        if (received.isEmpty()) {
            lines.stream().filter(l -> l.outstanding() > 0).forEach(l -> quantities.put(l.id(), l.outstanding()));
        }
        for (ReceiptLine r : received) {
            if (r.quantity() <= 0) {
                throw ApiException.unprocessable("invalid_quantity", "a received quantity must be positive");
            }
            PurchaseOrderLine line = find(lines, r)
                    .orElseThrow(() -> ApiException.unprocessable(
                            "unknown_line",
                            "the purchase order has no line " + (r.lineId() != null ? r.lineId() : r.sku())));
            quantities.merge(line.id(), r.quantity(), Integer::sum);
        }
        List<String> over = new ArrayList<>();
        int outstandingAfter = 0;
        for (PurchaseOrderLine line : lines) {
            int adding = quantities.getOrDefault(line.id(), 0);
            if (adding > line.outstanding()) {
                over.add(line.sku() + " (" + adding + " received, " + line.outstanding() + " outstanding)");
            }
            outstandingAfter += line.outstanding() - adding;
        }
        if (!over.isEmpty()) {
            throw ApiException.unprocessable("over_receipt", "more received than ordered for " + over);
        }
        if (quantities.isEmpty()) {
            throw ApiException.unprocessable("nothing_outstanding", "every line has been received in full");
        }
        return new Receipt(Map.copyOf(quantities), outstandingAfter);
    }

    private static Optional<PurchaseOrderLine> find(List<PurchaseOrderLine> lines, ReceiptLine r) {
        if (r.lineId() != null) {
            return lines.stream().filter(l -> l.id().equals(r.lineId())).findFirst();
        }
        if (r.sku() == null) {
            return Optional.empty();
        }
        String key = r.sku().toLowerCase(Locale.ROOT);
        return lines.stream()
                .filter(l -> l.sku().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }
}
