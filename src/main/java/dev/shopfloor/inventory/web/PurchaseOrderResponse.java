package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.PurchaseOrder;
import dev.shopfloor.inventory.internal.PurchaseOrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A purchase order as the API shows it, with its lines. */
record PurchaseOrderResponse(
        UUID id,
        String number,
        @Nullable UUID vendorId,
        UUID locationId,
        String status,
        boolean automatic,
        @Nullable String currency,
        @Nullable LocalDate expectedAt,
        @Nullable String notes,
        List<Line> lines,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    record Line(
            UUID id,
            String sku,
            int quantity,
            int receivedQuantity,
            int outstandingQuantity,
            @Nullable BigDecimal unitCost) {

        static Line of(PurchaseOrderLine l) {
            return new Line(l.id(), l.sku(), l.quantity(), l.receivedQuantity(), l.outstanding(), l.unitCost());
        }
    }

    static PurchaseOrderResponse of(PurchaseOrder o) {
        return new PurchaseOrderResponse(
                o.id(),
                o.number(),
                o.vendorId(),
                o.locationId(),
                o.status().db(),
                o.automatic(),
                o.currency(),
                o.expectedAt(),
                o.notes(),
                o.lines().stream().map(Line::of).toList(),
                o.version(),
                o.createdAt(),
                o.updatedAt());
    }
}
