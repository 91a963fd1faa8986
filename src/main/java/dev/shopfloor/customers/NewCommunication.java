package dev.shopfloor.customers;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A communication to log; without {@code occurredAt} it happened now. */
public record NewCommunication(
        String kind,
        @Nullable String direction,
        @Nullable String subject,
        String body,
        @Nullable Instant occurredAt) {}
