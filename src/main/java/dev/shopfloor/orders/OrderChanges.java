package dev.shopfloor.orders;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of an order ({@code PUT /api/orders/{id}}); each replaces the stored value, except a null
 * {@code shippingAmount}, which keeps it.
 */
public record OrderChanges(
        @Nullable String notes,
        @Nullable Map<String, Object> shippingAddress,
        @Nullable UUID storeId,
        @Nullable BigDecimal shippingAmount) {

    public OrderChanges withShippingAmount(BigDecimal amount) {
        return new OrderChanges(notes, shippingAddress, storeId, amount);
    }
}
