package dev.shopfloor.manufacturing;

import org.jspecify.annotations.Nullable;

/** A QC check to record; {@code reworkStage} is required when it did not pass. */
public record QcInput(
        boolean passed,
        int inspected,
        int failed,
        @Nullable String notes,
        @Nullable String reworkStage) {}
