package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A place that holds stock: a warehouse, or a store's back room ({@code storeId}). */
public record Location(
        UUID id,
        String code,
        String name,
        String kind,
        @Nullable UUID storeId,
        @Nullable String address,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
