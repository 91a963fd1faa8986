package dev.shopfloor.customers.web;

import dev.shopfloor.customers.Address;
import dev.shopfloor.customers.Customer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer as the API shows it. */
record CustomerResponse(
        UUID id,
        int version,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String company,
        List<String> tags,
        @Nullable String notes,
        List<Address> addresses,
        boolean archived,
        @Nullable Instant archivedAt,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerResponse of(Customer c) {
        return new CustomerResponse(
                c.id(),
                c.version(),
                c.name(),
                c.email(),
                c.phone(),
                c.company(),
                c.tags(),
                c.notes(),
                c.addresses(),
                c.archived(),
                c.archivedAt(),
                c.createdAt(),
                c.updatedAt());
    }
}
