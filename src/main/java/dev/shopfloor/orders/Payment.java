package dev.shopfloor.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment toward an order; only {@code captured} ones count toward the order's paid amount. */
public record Payment(
        UUID id,
        int version,
        UUID orderId,
        BigDecimal amount,
        String currency,
        String method,
        String status,
        @Nullable String reference,
        @Nullable Instant refundedAt,
        Instant createdAt,
        Instant updatedAt) {}
