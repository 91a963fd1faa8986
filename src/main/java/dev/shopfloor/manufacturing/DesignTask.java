package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An artwork brief worked on by a designer until the customer approves it.
 *
 * @param number human reference, {@code DT-1001}
 * @param statusNote the note of the last status change (what the customer asked to change, ...)
 * @param approvedBy who at the customer approved the design (set with status approved)
 * @param approvalRecordedBy the staff user who recorded the approval
 */
public record DesignTask(
        UUID id,
        int version,
        String number,
        String title,
        @Nullable String brief,
        @Nullable UUID orderId,
        @Nullable UUID orderItemId,
        @Nullable UUID customerId,
        @Nullable UUID designerId,
        @Nullable LocalDate dueDate,
        DesignStatus status,
        @Nullable String statusNote,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable UUID approvalRecordedBy,
        Instant createdAt,
        Instant updatedAt) {}
