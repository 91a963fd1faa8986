package dev.shopfloor.manufacturing;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the manufacturer list; every one given must hold.
 *
 * @param kind {@code in_house} or {@code outside}
 * @param active null lists active and inactive ones
 * @param q a substring of the name, any case
 */
public record ManufacturerFilter(
        @Nullable String kind,
        @Nullable Boolean active,
        @Nullable String q) {

    public ManufacturerFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
