package dev.shopfloor.inventory.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A ledger entry to write; the level must already be locked by the writing transaction. */
public record NewMovement(
        UUID levelId,
        String kind,
        int quantity,
        @Nullable String reason,
        @Nullable String referenceType,
        @Nullable UUID referenceId,
        @Nullable String reference) {}
