package dev.shopfloor.customers;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer's communication log (never changed once written).
 *
 * @param kind {@code note}, {@code call}, {@code email} or {@code meeting}
 * @param direction {@code in} (from the customer), {@code out} (to the customer) or null
 * @param authorId the user who logged it; null when a system job did
 */
public record Communication(
        UUID id,
        UUID customerId,
        String kind,
        @Nullable String direction,
        @Nullable String subject,
        String body,
        Instant occurredAt,
        @Nullable UUID authorId,
        Instant createdAt) {}
