package dev.shopfloor.orders;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the order list; null means "any". {@code q} is a number prefix or a customer name. */
public record OrderFilter(
        @Nullable OrderStatus status,
        @Nullable UUID customerId,
        @Nullable UUID storeId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String q) {

    public static OrderFilter ofCustomer(UUID customerId) {
        return new OrderFilter(null, customerId, null, null, null, null);
    }
}
