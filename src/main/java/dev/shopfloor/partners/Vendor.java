package dev.shopfloor.partners;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A supplier whose catalog items we sell; VENDOR users act for exactly one vendor. */
public record Vendor(
        UUID id,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String notes,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
