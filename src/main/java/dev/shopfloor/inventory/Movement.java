package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry as written. {@code quantity} is signed (a sale of 3 is -3); {@code onHandAfter} is the level's
 * on-hand stock right after this entry.
 */
public record Movement(
        UUID id,
        UUID levelId,
        String sku,
        UUID locationId,
        MovementKind kind,
        int quantity,
        int onHandAfter,
        @Nullable String reason,
        @Nullable String referenceType,
        @Nullable UUID referenceId,
        @Nullable String reference,
        String actorId,
        Instant createdAt) {}
