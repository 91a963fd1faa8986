package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Stock held for one line at one location; a line short at one location may be held at several. */
public record Hold(
        UUID id,
        UUID lineId,
        String sku,
        UUID locationId,
        int quantity,
        @Nullable Instant expiresAt) {}
