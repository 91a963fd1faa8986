package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A SKU at a location as readers see it: {@code reserved} counts only unexpired holds, {@code available} is
 * {@code onHand - reserved}, {@code incoming} is what open purchase orders will still deliver there.
 */
public record StockLevel(
        UUID id,
        String sku,
        UUID itemId,
        @Nullable UUID variantId,
        @Nullable UUID vendorId,
        UUID locationId,
        int onHand,
        int reserved,
        int available,
        int incoming,
        int reorderPoint,
        int reorderQuantity,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
