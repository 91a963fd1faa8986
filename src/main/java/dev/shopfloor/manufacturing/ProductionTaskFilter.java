package dev.shopfloor.manufacturing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the task list; each one given narrows it.
 *
 * @param q a substring of the task's number, item name or SKU, in any case
 */
public record ProductionTaskFilter(
        @Nullable String status,
        @Nullable String stage,
        @Nullable UUID orderId,
        @Nullable UUID manufacturerId,
        @Nullable UUID designTaskId,
        @Nullable String q) {}
