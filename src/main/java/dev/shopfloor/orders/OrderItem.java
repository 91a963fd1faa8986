package dev.shopfloor.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order.
 *
 * @param fulfillment {@code stock} lines hold and sell stock; {@code made_to_order} lines never do
 * @param priceOverridden whether a MANAGER/ADMIN set the unit price instead of the catalog
 */
public record OrderItem(
        UUID id,
        int version,
        UUID orderId,
        int lineNo,
        String sku,
        UUID itemId,
        @Nullable UUID variantId,
        @Nullable UUID vendorId,
        String name,
        String fulfillment,
        int quantity,
        BigDecimal unitPrice,
        boolean priceOverridden,
        BigDecimal lineTotal,
        int shippedQuantity,
        Instant createdAt,
        Instant updatedAt) {

    public static final String STOCK = "stock";

    public static final String MADE_TO_ORDER = "made_to_order";

    public boolean stock() {
        return STOCK.equals(fulfillment);
    }

    /** Made for the order by manufacturing: holds no stock, and its quantity is fixed once the order is confirmed. */
    public boolean madeToOrder() {
        return MADE_TO_ORDER.equals(fulfillment);
    }

    /** What is still to be shipped, and so still held for a stock line. */
    public int openQuantity() {
        return quantity - shippedQuantity;
    }
}
