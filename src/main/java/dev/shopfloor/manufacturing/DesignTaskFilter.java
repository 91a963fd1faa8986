package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the design task list; every one given must hold. {@code dueBefore} is exclusive. */
public record DesignTaskFilter(
        @Nullable DesignStatus status,
        @Nullable UUID designerId,
        @Nullable UUID orderId,
        @Nullable LocalDate dueBefore) {}
