package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a subscriber asked for beyond its visibility: one store, and/or some entity ids. */
public record SubscriptionFilter(@Nullable UUID storeId, Set<UUID> ids) {

    public static final SubscriptionFilter NONE = new SubscriptionFilter(null, Set.of());

    public SubscriptionFilter {
        ids = Set.copyOf(ids);
    }

    public boolean matches(ChangeEvent event) {
        return (storeId == null || storeId.equals(event.storeId())) && (ids.isEmpty() || ids.contains(event.id()));
    }
}
