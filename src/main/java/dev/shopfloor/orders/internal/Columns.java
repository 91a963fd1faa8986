package dev.shopfloor.orders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Conversions between rows and values: id arrays, timestamps. */
final class Columns {

    private Columns() {}

    static String[] uuids(Collection<UUID> ids) {
        return ids.stream().map(Objects::toString).toArray(String[]::new);
    }

    static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
