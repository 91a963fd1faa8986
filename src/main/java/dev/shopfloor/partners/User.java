package dev.shopfloor.partners;

import dev.shopfloor.platform.context.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A sign-in account as others may see it: never the password hash. */
public record User(
        UUID id,
        String email,
        @Nullable String name,
        Role role,
        @Nullable UUID vendorId,
        List<UUID> storeIds,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
