package dev.shopfloor.catalog.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A variant's columns, ready for SQL. */
record VariantValues(
        UUID id,
        UUID itemId,
        String sku,
        @Nullable String size,
        @Nullable String color,
        @Nullable BigDecimal price) {}
