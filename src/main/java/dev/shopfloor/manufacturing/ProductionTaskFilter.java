package dev.shopfloor.manufacturing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the task list; each one given narrows it. */
public record ProductionTaskFilter(
        @Nullable String status,
        @Nullable String stage,
        @Nullable UUID orderId,
        @Nullable UUID manufacturerId,
        @Nullable UUID designTaskId) {}
