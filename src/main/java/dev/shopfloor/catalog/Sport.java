package dev.shopfloor.catalog;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A sport an item is made for (football, cycling, ...). */
public record Sport(
        UUID id, String name, @Nullable String description, int version, Instant createdAt, Instant updatedAt) {}
