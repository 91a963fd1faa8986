package dev.shopfloor.orders.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Conversions between rows and values: arrays for {@code unnest(CAST(:a AS uuid[]), ...)}, timestamps. */
final class Columns {

    private Columns() {}

    /** One column of many rows as a text array; SQL casts it to the column's type. */
    static <T> @Nullable String[] column(List<T> rows, Function<T, @Nullable Object> value) {
        @Nullable String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = value.apply(rows.get(i));
            out[i] = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        return out;
    }

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
