package dev.shopfloor.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Goods that left: which quantities of which lines, with carrier and tracking number. */
public record Shipment(
        UUID id,
        int version,
        UUID orderId,
        String carrier,
        @Nullable String trackingNumber,
        List<Line> lines,
        Instant createdAt,
        Instant updatedAt) {

    public record Line(UUID orderItemId, int quantity) {}
}
