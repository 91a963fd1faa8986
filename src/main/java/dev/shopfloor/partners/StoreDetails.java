package dev.shopfloor.partners;

import org.jspecify.annotations.Nullable;

/**
 * What a caller sets on a store. Null {@code currency} / {@code timezone} mean USD / UTC on create and keep
 * the current value on update; null {@code active} keeps the current value (true for a new store).
 */
public record StoreDetails(
        String code,
        String name,
        @Nullable String currency,
        @Nullable String timezone,
        @Nullable Boolean active) {}
