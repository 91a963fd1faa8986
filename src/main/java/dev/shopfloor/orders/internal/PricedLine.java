package dev.shopfloor.orders.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line ready to insert: what the catalog says about its SKU, and the price it sells at. */
record PricedLine(
        UUID id,
        String sku,
        UUID itemId,
        @Nullable UUID variantId,
        @Nullable UUID vendorId,
        String name,
        String fulfillment,
        String currency,
        int quantity,
        BigDecimal unitPrice,
        boolean priceOverridden) {

    PricedLine numbered(UUID lineId) {
        return new PricedLine(
                lineId,
                sku,
                itemId,
                variantId,
                vendorId,
                name,
                fulfillment,
                currency,
                quantity,
                unitPrice,
                priceOverridden);
    }
}
