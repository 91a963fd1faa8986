package dev.shopfloor.inventory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A purchase order to a vendor for stock delivered to one location, with its lines. */
public record PurchaseOrder(
        UUID id,
        String number,
        @Nullable UUID vendorId,
        UUID locationId,
        PurchaseOrderStatus status,
        boolean automatic,
        @Nullable String currency,
        @Nullable LocalDate expectedAt,
        @Nullable String notes,
        List<PurchaseOrderLine> lines,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public PurchaseOrder withLines(List<PurchaseOrderLine> lines) {
        return new PurchaseOrder(
                id,
                number,
                vendorId,
                locationId,
                status,
                automatic,
                currency,
                expectedAt,
                notes,
                List.copyOf(lines),
                version,
                createdAt,
                updatedAt);
    }
}
