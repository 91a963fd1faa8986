package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task's assignment as written.
 *
 * @param overridden true when the window exceeds capacity on some day and an override let it through
 * @param days each day of the window with the manufacturer's booked quantity, this task included
 */
public record AssignmentResult(
        UUID taskId,
        UUID manufacturerId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        boolean overridden,
        int taskVersion,
        List<CapacityDay> days) {}
