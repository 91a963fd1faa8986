package dev.shopfloor.inventory.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A level that fell to its reorder point: {@code available} and {@code reorderPoint} as they were when it was
 * raised; {@code purchaseOrderId} is the order that will bring the stock back, when there is one.
 */
public record StockAlert(
        UUID id,
        UUID levelId,
        String sku,
        UUID locationId,
        String kind,
        String status,
        int available,
        int reorderPoint,
        @Nullable UUID purchaseOrderId,
        Instant raisedAt,
        @Nullable Instant resolvedAt,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
