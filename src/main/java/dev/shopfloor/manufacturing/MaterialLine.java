package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A material a production task consumes when it first enters {@code stage}.
 *
 * @param consumedAt when its production_consumption movement was written; null while still to be consumed
 */
public record MaterialLine(
        UUID id,
        String materialSku,
        int quantity,
        String stage,
        @Nullable Instant consumedAt) {}
