package dev.shopfloor.partners;

import dev.shopfloor.platform.context.Role;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account to create. A VENDOR user must name its vendor; other roles must not. */
public record NewUser(
        String email,
        String password,
        Role role,
        @Nullable UUID vendorId,
        List<UUID> storeIds,
        @Nullable String name) {}
