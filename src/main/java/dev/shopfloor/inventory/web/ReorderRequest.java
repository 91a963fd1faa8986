package dev.shopfloor.inventory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A level's reorder policy: available stock at or below {@code reorderPoint} is low; reordering asks for
 * {@code reorderQuantity}.
 *
 * @param version the version the writer last read (stale gives 409)
 */
record ReorderRequest(
        @NotNull @Min(0) @Max(1_000_000_000) Integer reorderPoint,
        @NotNull @Min(0) @Max(1_000_000_000) Integer reorderQuantity,
        @Nullable Integer version) {}
