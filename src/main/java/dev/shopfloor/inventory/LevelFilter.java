package dev.shopfloor.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the stock level list; every one given must hold. {@code belowReorderPoint} true lists levels whose
 * available stock is at or below their reorder point, false the others.
 */
public record LevelFilter(
        @Nullable String sku,
        @Nullable UUID locationId,
        @Nullable UUID itemId,
        @Nullable UUID vendorId,
        @Nullable Boolean belowReorderPoint) {

    public LevelFilter {
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }
}
