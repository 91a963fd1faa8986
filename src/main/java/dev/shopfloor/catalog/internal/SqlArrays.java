package dev.shopfloor.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Columns as text arrays for {@code unnest(:a::uuid[], :b::numeric[], ...)}: one statement writes any number
 * of rows in one round trip; SQL casts each array to its column type.
 */
final class SqlArrays {

    private SqlArrays() {}

    static <T> String[] column(List<T> rows, Function<T, ?> value) {
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = value.apply(rows.get(i));
            out[i] = v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
        }
        return out;
    }

    /** A PostgreSQL array literal, for an array-typed column inside an unnest. */
    static String literal(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static String[] uuids(Collection<UUID> ids) {
        return ids.stream().map(Objects::toString).toArray(String[]::new);
    }

    static String[] lower(Collection<String> skus) {
        return skus.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }
}
