package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.DesignTaskDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The body of POST: a new design task, optionally for an order line, a customer and a designer. */
record DesignTaskRequest(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 20000) String brief,
        @Nullable UUID orderId,
        @Nullable UUID orderItemId,
        @Nullable UUID customerId,
        @Nullable UUID designerId,
        @Nullable LocalDate dueDate) {

    DesignTaskDraft toDraft() {
        return new DesignTaskDraft(title, brief, orderId, orderItemId, customerId, designerId, dueDate);
    }
}
