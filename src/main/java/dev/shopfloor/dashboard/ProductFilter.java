package dev.shopfloor.dashboard;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the product table; null means any. {@code storeId}: orders of that store, stock at its locations;
 * {@code vendorId}: the item's vendor; {@code categoryId}: the category and all its sub-categories.
 */
public record ProductFilter(
        @Nullable UUID storeId,
        @Nullable UUID vendorId,
        @Nullable UUID categoryId) {}
