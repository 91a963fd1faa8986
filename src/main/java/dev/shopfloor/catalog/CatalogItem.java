package dev.shopfloor.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A catalog item as clients see it, with its variants. */
public record CatalogItem(
        UUID id,
        int version,
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
        Map<String, Object> specs,
        List<Variant> variants,
        Instant createdAt,
        Instant updatedAt) {

    /** A size/colour variant with its own SKU; a null price means the item's price. */
    public record Variant(
            UUID id,
            String sku,
            @Nullable String size,
            @Nullable String color,
            @Nullable BigDecimal price) {}

    public CatalogItem withVariants(List<Variant> variants) {
        return new CatalogItem(
                id,
                version,
                sku,
                name,
                description,
                price,
                currency,
                status,
                fulfillment,
                autoReorder,
                categoryId,
                sportIds,
                fabricIds,
                vendorId,
                specs,
                variants,
                createdAt,
                updatedAt);
    }

    public boolean published() {
        return "published".equals(status);
    }
}
