package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the alert list; every one given must hold. {@code status} null lists alerts in any status.
 */
public record StockAlertFilter(
        @Nullable String status,
        @Nullable UUID locationId,
        @Nullable String sku) {}
