package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One cost line of a production task. {@code actorId} is who recorded it (a user id or system:job). */
public record CostLine(
        UUID id,
        UUID taskId,
        String kind,
        @Nullable String description,
        BigDecimal amount,
        String currency,
        String actorId,
        int version,
        Instant createdAt) {}
