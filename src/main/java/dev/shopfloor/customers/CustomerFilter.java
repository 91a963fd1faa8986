package dev.shopfloor.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the customer list; every one given must hold. {@code createdFrom} is inclusive,
 * {@code createdTo} exclusive; {@code tags} must all be present; {@code ids}, when not empty, limits the list to
 * those customers (a page that shows names by id reads them in one request).
 */
public record CustomerFilter(
        @Nullable String q,
        @Nullable String email,
        @Nullable String city,
        List<String> tags,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        Archived archived,
        List<UUID> ids) {

    public static final CustomerFilter ACTIVE =
            new CustomerFilter(null, null, null, List.of(), null, null, Archived.NO, List.of());

    public CustomerFilter {
        ids = ids.stream().distinct().toList();
        q = q == null || q.isBlank() ? null : q.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        city = city == null || city.isBlank() ? null : city.strip();
        tags = tags.stream()
                .filter(t -> !t.isBlank())
                .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    /** Which customers to list by their archive state: active ones by default. */
    public enum Archived {
        NO,
        YES,
        ANY
    }
}
