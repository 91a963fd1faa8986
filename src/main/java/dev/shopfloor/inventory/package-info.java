/**
 * Inventory: locations, stock levels per SKU and location, the append-only movements ledger, reservations
 * (holds) with expiry, low-stock alerts, purchase orders and the consistency check. Other modules come in
 * through {@link dev.shopfloor.inventory.Inventory}.
 */
@NullMarked
package dev.shopfloor.inventory;

import org.jspecify.annotations.NullMarked;
