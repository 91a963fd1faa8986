package dev.shopfloor.inventory.internal;

import java.util.Locale;
import java.util.UUID;

/** A SKU (lower-case registry key) at a location: what identifies a stock level before its id is known. */
record LevelKey(String skuKey, UUID locationId) {

    static LevelKey of(String sku, UUID locationId) {
        return new LevelKey(sku.toLowerCase(Locale.ROOT), locationId);
    }

    record Found(java.util.UUID id, LevelKey key) {}
}
