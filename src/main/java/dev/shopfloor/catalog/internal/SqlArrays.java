package dev.shopfloor.catalog.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Id and SKU arrays for SQL parameters (row fields as arrays: {@code ArrayColumns.column}). */
final class SqlArrays {

    private SqlArrays() {}

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
