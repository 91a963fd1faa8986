package dev.shopfloor.platform.context;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a signed-in user, or a named system job. It travels into every database transaction
 * (see {@code ContextAwareTransactionManager}), where triggers record it and RLS policies read it.
 *
 * @param id the user id, or {@code system:<job>} for background work
 */
public record Actor(String id, Role role, @Nullable UUID vendorId, List<UUID> storeIds) {

    public static Actor system(String job) {
        return new Actor("system:" + job, Role.SYSTEM, null, List.of());
    }

    public static Actor user(UUID id, Role role, @Nullable UUID vendorId, List<UUID> storeIds) {
        return new Actor(id.toString(), role, vendorId, List.copyOf(storeIds));
    }

    public @Nullable UUID userId() {
        return role == Role.SYSTEM ? null : UUID.fromString(id);
    }
}
