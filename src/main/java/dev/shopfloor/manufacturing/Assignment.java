package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to give a production task to a manufacturer for a window of days.
 *
 * @param plannedStart null: the task's planned start, else today (UTC) plus the manufacturer's lead time
 * @param plannedEnd null: the task's planned end when no start was given, else start plus the days the quantity
 *     takes at the manufacturer's capacity, minus one
 * @param override let the assignment through although it exceeds capacity (MANAGER and ADMIN only)
 */
public record Assignment(
        UUID taskId,
        UUID manufacturerId,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        boolean override) {}
