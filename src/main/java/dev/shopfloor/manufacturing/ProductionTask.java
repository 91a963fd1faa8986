package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A production task as the API shows it: one made-to-order order line (orderId set) or a replenishment run that
 * makes stock (orderId null), moving through the stages of production_stages.
 *
 * @param designStatus the status of its design task, when it has one
 * @param capacityOverridden its current assignment exceeds the manufacturer's capacity and was let through by a
 *     MANAGER/ADMIN override (production_tasks.capacity_overridden, D24)
 * @param stage the code of the stage it is in
 * @param status open, done or cancelled
 */
public record ProductionTask(
        UUID id,
        int version,
        String number,
        @Nullable UUID orderId,
        @Nullable UUID orderItemId,
        @Nullable UUID designTaskId,
        @Nullable String designStatus,
        String sku,
        UUID itemId,
        @Nullable UUID variantId,
        String name,
        int quantity,
        String priority,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable UUID manufacturerId,
        boolean capacityOverridden,
        @Nullable UUID locationId,
        String stage,
        Instant stageEnteredAt,
        String status,
        int reworkCount,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String notes,
        List<MaterialLine> materials,
        Instant createdAt,
        Instant updatedAt) {

    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** A replenishment run: it makes stock rather than an order line. */
    public boolean isReplenishment() {
        return orderId == null;
    }

    public ProductionTask withMaterials(List<MaterialLine> lines) {
        return new ProductionTask(
                id,
                version,
                number,
                orderId,
                orderItemId,
                designTaskId,
                designStatus,
                sku,
                itemId,
                variantId,
                name,
                quantity,
                priority,
                dueDate,
                plannedStart,
                plannedEnd,
                manufacturerId,
                capacityOverridden,
                locationId,
                stage,
                stageEnteredAt,
                status,
                reworkCount,
                startedAt,
                finishedAt,
                notes,
                List.copyOf(lines),
                createdAt,
                updatedAt);
    }
}
