package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Moving available (not held) stock of one SKU from one location to another. */
public record StockTransfer(
        String sku,
        UUID fromLocationId,
        UUID toLocationId,
        int quantity,
        @Nullable String reason) {}
