package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one reader may receive: these topics, and when {@code vendorId} is set only rows of that vendor.
 * Built by {@link SyncAccess}; applied in SQL for reads from the log and in memory for live events.
 */
public record Visibility(Set<String> topics, @Nullable UUID vendorId) {

    public Visibility {
        topics = Set.copyOf(topics);
    }

    public boolean allows(ChangeEvent event) {
        return topics.contains(event.topic()) && (vendorId == null || vendorId.equals(event.vendorId()));
    }
}
