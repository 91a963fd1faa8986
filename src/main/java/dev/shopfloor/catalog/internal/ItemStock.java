package dev.shopfloor.catalog.internal;

import java.util.Map;
import java.util.UUID;

/**
 * Units of one item free to sell now, summed over locations: {@code available} over all its SKUs (its own and
 * its variants'), {@code byVariant} per variant SKU. A SKU without stock levels has 0.
 */
public record ItemStock(int available, Map<UUID, Integer> byVariant) {

    public static final ItemStock NONE = new ItemStock(0, Map.of());

    public int variant(UUID variantId) {
        return byVariant.getOrDefault(variantId, 0);
    }
}
