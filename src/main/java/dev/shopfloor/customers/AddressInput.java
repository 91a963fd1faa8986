package dev.shopfloor.customers;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An address as a writer sends it. With an {@code id} it replaces that existing address of the customer;
 * without one it is a new address.
 */
public record AddressInput(
        @Nullable UUID id,
        @Nullable String label,
        String kind,
        String line1,
        @Nullable String line2,
        String city,
        @Nullable String region,
        @Nullable String postalCode,
        String country,
        boolean isDefault) {

    /** The stored form under {@code assignedId}: country upper-cased, blank optional text as null. */
    public Address toAddress(UUID assignedId) {
        return new Address(
                assignedId,
                blankToNull(label),
                kind,
                line1.strip(),
                blankToNull(line2),
                city.strip(),
                blankToNull(region),
                blankToNull(postalCode),
                country.strip().toUpperCase(java.util.Locale.ROOT),
                isDefault);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
