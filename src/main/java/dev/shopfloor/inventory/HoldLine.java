package dev.shopfloor.inventory;

import java.util.UUID;

/** One line an owner wants held: {@code lineId} is the owner's line (an order item). */
public record HoldLine(UUID lineId, String sku, int quantity) {}
