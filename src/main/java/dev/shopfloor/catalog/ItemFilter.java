package dev.shopfloor.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the item list; null means "any". categoryId includes the category's whole subtree. inStock: true
 * for items with stock available to sell (over all their SKUs and locations), false for items without.
 * {@code ids}, when not empty, limits the list to those items (a page that shows item names by id reads them in
 * one request); it is kept distinct and sorted, so the same set is the same filter (and the same list cache key).
 */
public record ItemFilter(
        @Nullable String q,
        @Nullable UUID categoryId,
        @Nullable UUID sportId,
        @Nullable UUID fabricId,
        @Nullable UUID vendorId,
        @Nullable String status,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable Boolean inStock,
        List<UUID> ids) {

    public ItemFilter {
        ids = ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null, List.of());
    }

    public ItemFilter withVendor(@Nullable UUID vendor) {
        return new ItemFilter(q, categoryId, sportId, fabricId, vendor, status, minPrice, maxPrice, inStock, ids);
    }

    public ItemFilter withStatus(String onlyStatus) {
        return new ItemFilter(q, categoryId, sportId, fabricId, vendorId, onlyStatus, minPrice, maxPrice, inStock, ids);
    }
}
