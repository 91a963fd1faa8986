package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hold as stored. {@code expired} is true for an {@code active} hold past {@code expiresAt}: it already no longer
 * counts as reserved, and the expiry job will mark it {@code expired}.
 */
public record Reservation(
        UUID id,
        UUID levelId,
        String sku,
        UUID locationId,
        String ownerType,
        UUID ownerId,
        @Nullable UUID lineId,
        @Nullable String reference,
        int quantity,
        String status,
        @Nullable Instant expiresAt,
        boolean expired,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
