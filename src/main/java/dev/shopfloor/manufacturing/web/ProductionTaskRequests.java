package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.MaterialInput;
import dev.shopfloor.manufacturing.ProductionTaskChanges;
import dev.shopfloor.manufacturing.ProductionTaskInput;
import dev.shopfloor.manufacturing.QcInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the production task endpoints. */
final class ProductionTaskRequests {

    private ProductionTaskRequests() {}

    record Material(
            @NotBlank @Size(max = 64) String materialSku,
            @NotNull @Min(1) @Max(1_000_000) Integer quantity,
            @NotBlank @Size(max = 40) String stage) {

        MaterialInput toInput() {
            return new MaterialInput(materialSku, quantity, stage);
        }
    }

    /** {@code POST /api/production/tasks}: a replenishment run. */
    record CreateTask(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Min(1) @Max(1_000_000) Integer quantity,
            @Nullable String priority,
            @Nullable LocalDate dueDate,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable UUID locationId,
            @Nullable UUID designTaskId,
            @Nullable @Size(max = 10000) String notes,
            @Nullable @Size(max = 200) List<@Valid @NotNull Material> materials) {

        ProductionTaskInput toInput() {
            return new ProductionTaskInput(
                    sku,
                    quantity,
                    priority,
                    dueDate,
                    plannedStart,
                    plannedEnd,
                    locationId,
                    designTaskId,
                    notes,
                    materials == null
                            ? null
                            : materials.stream().map(Material::toInput).toList());
        }
    }

    /** {@code PUT /api/production/tasks/{id}}: fields left out keep their value. */
    record UpdateTask(
            @Nullable String priority,
            @Nullable LocalDate dueDate,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable UUID locationId,
            @Nullable UUID designTaskId,
            @Nullable @Size(max = 10000) String notes,
            @Nullable @Size(max = 200) List<@Valid @NotNull Material> materials,
            @Nullable @Size(max = 40) String stage,
            @Nullable String status,
            @Nullable Integer version) {

        ProductionTaskChanges toChanges() {
            return new ProductionTaskChanges(
                    priority,
                    dueDate,
                    plannedStart,
                    plannedEnd,
                    locationId,
                    designTaskId,
                    notes,
                    materials == null
                            ? null
                            : materials.stream().map(Material::toInput).toList(),
                    stage,
                    status);
        }
    }

    /** {@code POST /api/production/tasks/{id}/qc}. */
    record RecordQc(
            @NotNull Boolean passed,
            @NotNull Integer inspected,
            @NotNull Integer failed,
            @Nullable @Size(max = 5000) String notes,
            @Nullable @Size(max = 40) String reworkStage) {

        QcInput toInput() {
            return new QcInput(passed, inspected, failed, notes, reworkStage);
        }
    }
}
