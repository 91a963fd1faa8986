package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the movements list; every one given must hold. {@code from} is inclusive, {@code to} exclusive. */
public record MovementFilter(
        @Nullable String sku,
        @Nullable UUID locationId,
        @Nullable MovementKind kind,
        @Nullable UUID referenceId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public MovementFilter {
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }

    public static MovementFilter ofSku(String sku) {
        return new MovementFilter(sku, null, null, null, null, null);
    }
}
