package dev.shopfloor.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What placing an order needs.
 *
 * @param draft true creates a draft (holds nothing), false a pending order that holds its stock lines
 * @param locationId take all stock from this location; null lets inventory allocate, most available first
 */
public record NewOrder(
        UUID customerId,
        @Nullable UUID storeId,
        @Nullable UUID locationId,
        boolean draft,
        List<NewLine> items,
        @Nullable String notes,
        @Nullable Map<String, Object> shippingAddress,
        @Nullable BigDecimal shippingAmount) {

    /** A line to add: the SKU of an item or variant; {@code price} overrides the catalog (MANAGER/ADMIN only). */
    public record NewLine(
            String sku, int quantity, @Nullable BigDecimal price) {}
}
