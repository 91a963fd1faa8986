package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a PUT changes on a task: every field left null keeps its value.
 *
 * @param materials replaces the task's not-yet-consumed materials
 * @param stage moves the task to this stage (docs/modules/manufacturing.md, "Production tasks")
 * @param status only {@code cancelled}: cancels a replenishment run
 */
public record ProductionTaskChanges(
        @Nullable String priority,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable UUID locationId,
        @Nullable UUID designTaskId,
        @Nullable String notes,
        @Nullable List<MaterialInput> materials,
        @Nullable String stage,
        @Nullable String status) {}
