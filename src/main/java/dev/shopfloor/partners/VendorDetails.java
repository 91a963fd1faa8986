package dev.shopfloor.partners;

import org.jspecify.annotations.Nullable;

/**
 * What a caller sets on a vendor. {@code active} null keeps the current value (true for a new vendor).
 */
public record VendorDetails(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String notes,
        @Nullable Boolean active) {

    public static VendorDetails named(String name) {
        return new VendorDetails(name, null, null, null, null, null);
    }
}
