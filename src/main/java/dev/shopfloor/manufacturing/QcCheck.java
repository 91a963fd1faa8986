package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A QC checkpoint of a task at a qc stage; a failed one names the work stage the task went back to. */
public record QcCheck(
        UUID id,
        UUID taskId,
        String stage,
        boolean passed,
        int inspected,
        int failed,
        @Nullable String notes,
        @Nullable String reworkStage,
        String actorId,
        Instant createdAt) {}
