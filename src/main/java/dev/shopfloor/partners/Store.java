package dev.shopfloor.partners;

import java.time.Instant;
import java.util.UUID;

/** A place that sells: orders and stock belong to a store; {@code timezone} is an IANA zone id. */
public record Store(
        UUID id,
        String code,
        String name,
        String currency,
        String timezone,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
