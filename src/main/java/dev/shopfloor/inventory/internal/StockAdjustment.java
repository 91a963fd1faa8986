package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A count correction at one location: exactly one of {@code delta} (the change) or {@code setOnHand} (the counted
 * quantity; the change is computed under the lock).
 *
 * @param expectedVersion the level version the counter saw; stale gives 409 {@code version_conflict}
 */
public record StockAdjustment(
        String sku,
        UUID locationId,
        @Nullable Integer delta,
        @Nullable Integer setOnHand,
        String reason,
        @Nullable Integer expectedVersion) {}
