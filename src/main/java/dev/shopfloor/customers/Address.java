package dev.shopfloor.customers;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A labelled postal address of a customer; {@code kind} is {@code shipping} or {@code billing}. */
public record Address(
        UUID id,
        @Nullable String label,
        String kind,
        String line1,
        @Nullable String line2,
        String city,
        @Nullable String region,
        @Nullable String postalCode,
        String country,
        boolean isDefault) {}
