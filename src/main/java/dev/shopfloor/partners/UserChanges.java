package dev.shopfloor.partners;

import dev.shopfloor.platform.context.Role;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new state for an account. {@code role} and {@code vendorId} are always taken as given (they must agree);
 * null {@code name}, {@code storeIds}, {@code active} or {@code password} keep the current value.
 */
public record UserChanges(
        Role role,
        @Nullable UUID vendorId,
        @Nullable List<UUID> storeIds,
        @Nullable String name,
        @Nullable Boolean active,
        @Nullable String password) {}
