package dev.shopfloor.manufacturing;

import org.jspecify.annotations.Nullable;

/**
 * A status change of a design task.
 *
 * @param note kept as the task's status note (what the customer wants changed, ...)
 * @param approvedBy required for {@code approved}: who at the customer approved the design
 */
public record DesignStatusChange(
        DesignStatus status,
        @Nullable String note,
        @Nullable String approvedBy) {

    public DesignStatusChange {
        note = note == null || note.isBlank() ? null : note.strip();
        approvedBy = approvedBy == null || approvedBy.isBlank() ? null : approvedBy.strip();
    }
}
