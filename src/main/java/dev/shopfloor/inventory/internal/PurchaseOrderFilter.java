package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the purchase order list; every one given must hold. */
public record PurchaseOrderFilter(
        @Nullable PurchaseOrderStatus status,
        @Nullable UUID vendorId,
        @Nullable UUID locationId) {}
