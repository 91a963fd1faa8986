package dev.shopfloor.catalog;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fabric items are made of; weightGsm is grams per square metre. */
public record Fabric(
        UUID id,
        String name,
        @Nullable String composition,
        @Nullable Integer weightGsm,
        @Nullable String description,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
