package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open production task as the queue shows it, with its manufacturer's name and its design's status.
 *
 * @param overdue the due date is before today (UTC); false without a due date
 */
public record QueueEntry(
        UUID id,
        String number,
        String name,
        String sku,
        int quantity,
        String priority,
        @Nullable LocalDate dueDate,
        String stage,
        Instant stageEnteredAt,
        @Nullable UUID manufacturerId,
        @Nullable String manufacturerName,
        @Nullable UUID orderId,
        @Nullable UUID designTaskId,
        @Nullable String designStatus,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        boolean overdue) {}
