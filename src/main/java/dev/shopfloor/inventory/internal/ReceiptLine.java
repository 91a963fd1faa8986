package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Goods that arrived for one purchase order line, named by its id or its SKU. */
public record ReceiptLine(@Nullable UUID lineId, @Nullable String sku, int quantity) {}
