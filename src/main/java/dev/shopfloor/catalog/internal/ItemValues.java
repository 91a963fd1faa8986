package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.ItemInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item's columns, normalised from input and ready for SQL (sports and fabrics sorted and distinct). */
record ItemValues(
        UUID id,
        String sku,
        String name,
        @Nullable String description,
        BigDecimal price,
        String currency,
        String status,
        String fulfillment,
        boolean autoReorder,
        @Nullable UUID categoryId,
        List<UUID> sportIds,
        List<UUID> fabricIds,
        @Nullable UUID vendorId,
        String specsJson) {

    static ItemValues of(UUID id, ItemInput in, @Nullable UUID vendorId, String specsJson) {
        return new ItemValues(
                id,
                in.sku().trim(),
                in.name().trim(),
                in.description(),
                in.price(),
                in.currency(),
                Objects.requireNonNullElse(in.status(), "draft"),
                Objects.requireNonNullElse(in.fulfillment(), "stock"),
                Boolean.TRUE.equals(in.autoReorder()),
                in.categoryId(),
                sortedDistinct(in.sportIds()),
                sortedDistinct(in.fabricIds()),
                vendorId,
                specsJson);
    }

    private static List<UUID> sortedDistinct(@Nullable List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }
}
