package dev.shopfloor.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as stored, with its lines (empty in lists that do not load them).
 *
 * @param statusNote the note given with the last status change
 * @param holdExpiresAt until when a pending order's stock is held; null for drafts and once confirmed
 */
public record Order(
        UUID id,
        int version,
        String number,
        UUID customerId,
        @Nullable UUID storeId,
        @Nullable UUID locationId,
        OrderStatus status,
        String currency,
        BigDecimal subtotal,
        BigDecimal shippingAmount,
        BigDecimal total,
        BigDecimal paidAmount,
        PaymentStatus paymentStatus,
        @Nullable String notes,
        @Nullable String statusNote,
        @Nullable Instant holdExpiresAt,
        @Nullable Map<String, Object> shippingAddress,
        List<OrderItem> items,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * The statuses this order may move to next, in workflow order ({@link OrderWorkflow} is the one table), so
     * clients offer exactly these instead of keeping a copy of the table. Empty for cancelled and refunded.
     */
    @JsonProperty("allowedTransitions")
    public List<OrderStatus> allowedTransitions() {
        return OrderWorkflow.allowedNext(status).stream().sorted().toList();
    }

    /**
     * Whether lines may still be added, changed or removed ({@link OrderStatus#linesEditable()}), so clients offer
     * line edits without a copy of the rule.
     */
    @JsonProperty("linesEditable")
    public boolean linesEditable() {
        return status.linesEditable();
    }

    public Order withItems(List<OrderItem> list) {
        return new Order(
                id,
                version,
                number,
                customerId,
                storeId,
                locationId,
                status,
                currency,
                subtotal,
                shippingAmount,
                total,
                paidAmount,
                paymentStatus,
                notes,
                statusNote,
                holdExpiresAt,
                shippingAddress,
                List.copyOf(list),
                createdAt,
                updatedAt);
    }
}
