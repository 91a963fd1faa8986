package dev.shopfloor.catalog;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules need to know about a sellable SKU: an item's own SKU ({@code variantId} null) or a
 * variant's. {@code price} is the variant's price, or the item's when the variant has none; {@code autoReorder} says
 * whether inventory drafts purchase orders for it.
 */
public record SkuInfo(
        String sku,
        UUID itemId,
        @Nullable UUID variantId,
        @Nullable UUID vendorId,
        String name,
        BigDecimal price,
        String currency,
        Fulfillment fulfillment,
        String status,
        boolean autoReorder) {

    public boolean archived() {
        return "archived".equals(status);
    }
}
