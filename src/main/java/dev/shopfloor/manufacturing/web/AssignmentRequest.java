package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.Assignment;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The body of POST /api/production/assign; dates left out are derived (see {@link Assignment}). */
record AssignmentRequest(
        @NotNull UUID taskId,
        @NotNull UUID manufacturerId,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable Boolean override) {

    Assignment toAssignment() {
        return new Assignment(taskId, manufacturerId, plannedStart, plannedEnd, Boolean.TRUE.equals(override));
    }
}
