package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.catalog.SkuInfo;
import dev.shopfloor.manufacturing.BomLine;
import dev.shopfloor.manufacturing.MaterialInput;
import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.ProductionTaskChanges;
import dev.shopfloor.manufacturing.ProductionTaskInput;
import dev.shopfloor.manufacturing.Stage;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creating replenishment runs and changing tasks: fields, materials, stage moves and cancelling. */
@Component
public class ProductionTaskWriter {

    private final TaskRepository tasks;
    private final MaterialRepository materials;
    private final StageRepository stages;
    private final StageTransitionRepository transitions;
    private final BomRepository boms;
    private final ProductionTaskReferences references;
    private final StageMover mover;
    private final Orders orders;

    ProductionTaskWriter(
            TaskRepository tasks,
            MaterialRepository materials,
            StageRepository stages,
            StageTransitionRepository transitions,
            BomRepository boms,
            ProductionTaskReferences references,
            StageMover mover,
            Orders orders) {
        this.tasks = tasks;
        this.materials = materials;
        this.stages = stages;
        this.transitions = transitions;
        this.boms = boms;
        this.references = references;
        this.mover = mover;
        this.orders = orders;
    }

    /** A replenishment run in the queue stage with a 'created' transition; materials default to the scaled BOM. */
    public void create(UUID id, ProductionTaskInput input) {
        StageList stageList = stages.all();
        SkuInfo sku = references.sku(input.sku());
        references.priority(input.priority());
        references.location(input.locationId());
        references.designTask(input.designTaskId());
        List<MaterialInput> lines =
                input.materials() != null ? input.materials() : scaled(boms.ofItem(sku.itemId()), input.quantity());
        references.materials(lines, stageList);
        String queue = stageList.first(Stage.QUEUE).code();
        tasks.insert(
                id,
                new TaskRepository.NewTaskRow(
                        input.designTaskId(),
                        sku.sku(),
                        sku.itemId(),
                        sku.variantId(),
                        sku.name(),
                        input.quantity(),
                        input.priority() == null ? "normal" : input.priority(),
                        input.dueDate(),
                        input.plannedStart(),
                        input.plannedEnd(),
                        input.locationId(),
                        queue,
                        input.notes()));
        materials.insert(id, lines);
        transitions.insert(id, null, queue, "created", null);
    }

    /**
     * Applies the changes to an open task: fields first, then materials, then the stage move or the cancel, all or
     * nothing. An order task locks its order before the task (the order's own cancel takes them in that order too).
     */
    public void update(UUID id, ProductionTaskChanges changes, ExpectedVersion expected) {
        ProductionTask task = lockOpen(id, expected);
        if (task.manufacturerId() != null && (changes.plannedStart() != null || changes.plannedEnd() != null)) {
            throw ApiException.conflict(
                    "assigned_task",
                    "task " + task.number() + " is assigned: change its dates through POST /api/production/assign,"
                            + " which checks the manufacturer's capacity");
        }
        StageList stageList = stages.all();
        references.priority(changes.priority());
        references.location(changes.locationId());
        references.designTask(changes.designTaskId());
        tasks.updateFields(id, changes);
        if (changes.materials() != null) {
            references.materials(changes.materials(), stageList);
            materials.deleteUnconsumed(id);
            materials.insert(id, changes.materials());
            tasks.touch(id);
        }
        if (changes.status() != null && !changes.status().equals(task.status())) {
            cancel(task, changes.status());
        } else if (changes.stage() != null && !changes.stage().equals(task.stage())) {
            Stage to = stageList.get(changes.stage());
            ProductionTask current = tasks.find(id).orElseThrow();
            mover.advance(current, to, stageList);
        }
    }

    /** Locks an open task (its order first), checking the caller's version: 404, 409/412, 409 task_closed. */
    public ProductionTask lockOpen(UUID id, ExpectedVersion expected) {
        ProductionTask seen = tasks.find(id).orElseThrow(() -> ApiException.notFound("production task", id));
        if (seen.orderId() != null) {
            orders.lock(seen.orderId());
        }
        ProductionTask task = tasks.lock(id).orElseThrow(() -> ApiException.notFound("production task", id));
        Integer version = expected.value();
        if (version != null && version != task.version()) {
            throw expected.stale("production task", id);
        }
        if (!task.isOpen()) {
            throw ApiException.conflict(
                    "task_closed", "task " + task.number() + " is " + task.status() + " and cannot change");
        }
        return task;
    }

    private void cancel(ProductionTask task, String status) {
        if (!ProductionTask.CANCELLED.equals(status)) {
            throw ApiException.unprocessable(
                    "invalid_status", "status can only be set to cancelled; a task is done by reaching its done stage");
        }
        if (!task.isReplenishment()) {
            throw ApiException.conflict(
                    "order_task", "task " + task.number() + " belongs to an order and is cancelled with its order");
        }
        tasks.cancel(task.id());
        transitions.insert(task.id(), task.stage(), task.stage(), "cancel", task.stageEnteredAt());
    }

    /** The BOM for {@code quantity} units, each line rounded up to whole units. */
    static List<MaterialInput> scaled(List<BomLine> bom, int quantity) {
        return bom.stream()
                .map(line -> new MaterialInput(
                        line.materialSku(),
                        line.quantityPerUnit()
                                .multiply(BigDecimal.valueOf(quantity))
                                .setScale(0, RoundingMode.CEILING)
                                .intValueExact(),
                        line.stage()))
                .toList();
    }
}
