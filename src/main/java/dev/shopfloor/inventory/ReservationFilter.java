package dev.shopfloor.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the reservations list; {@code status} null lists every status. */
public record ReservationFilter(
        @Nullable UUID ownerId,
        @Nullable String sku,
        @Nullable UUID locationId,
        @Nullable String status) {

    public ReservationFilter {
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }
}
