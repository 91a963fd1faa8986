package dev.shopfloor.inventory.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a purchase order asks for of one SKU, and how much of it has arrived. */
public record PurchaseOrderLine(
        UUID id,
        UUID purchaseOrderId,
        String sku,
        int quantity,
        int receivedQuantity,
        @Nullable BigDecimal unitCost) {

    public int outstanding() {
        return quantity - receivedQuantity;
    }
}
