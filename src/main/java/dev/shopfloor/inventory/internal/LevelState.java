package dev.shopfloor.inventory.internal;

import java.util.UUID;

/** A level's stored quantities, read after locking it. */
record LevelState(UUID id, String skuKey, String sku, UUID locationId, int onHand, int reserved, int version) {

    int available() {
        return onHand - reserved;
    }
}
