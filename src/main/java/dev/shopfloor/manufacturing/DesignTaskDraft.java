package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A design task to create. {@code orderItemId} must be a line of {@code orderId}; {@code customerId} defaults to
 * the order's customer.
 */
public record DesignTaskDraft(
        String title,
        @Nullable String brief,
        @Nullable UUID orderId,
        @Nullable UUID orderItemId,
        @Nullable UUID customerId,
        @Nullable UUID designerId,
        @Nullable LocalDate dueDate) {

    public DesignTaskDraft {
        title = title.strip();
        brief = brief == null || brief.isBlank() ? null : brief;
    }
}
