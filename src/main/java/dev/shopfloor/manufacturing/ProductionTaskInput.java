package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A replenishment run created by hand.
 *
 * @param priority low, normal (default), high or urgent
 * @param materials null copies the item's bill of materials, scaled to the quantity
 */
public record ProductionTaskInput(
        String sku,
        int quantity,
        @Nullable String priority,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable UUID locationId,
        @Nullable UUID designTaskId,
        @Nullable String notes,
        @Nullable List<MaterialInput> materials) {}
