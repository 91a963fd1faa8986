package dev.shopfloor.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer as stored, with its addresses. {@code archivedAt} is set once it may no longer be deleted. */
public record Customer(
        UUID id,
        int version,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String company,
        List<String> tags,
        @Nullable String notes,
        List<Address> addresses,
        @Nullable Instant archivedAt,
        Instant createdAt,
        Instant updatedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    public Customer withAddresses(List<Address> list) {
        return new Customer(
                id, version, name, email, phone, company, tags, notes, list, archivedAt, createdAt, updatedAt);
    }
}
