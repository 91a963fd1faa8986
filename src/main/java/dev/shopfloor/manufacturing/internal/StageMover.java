package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.MovementKind;
import dev.shopfloor.inventory.StockMove;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.manufacturing.MaterialLine;
import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.Stage;
import dev.shopfloor.platform.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Moves a locked task between stages (docs/modules/manufacturing.md, "Production tasks"): checks the rules of a
 * forward move, writes the transition, consumes the materials of every stage passed in one inventory call, and on
 * entering the done stage receives a replenishment run's output or tells the order its task is finished.
 */
@Component
public class StageMover {

    static final String ADVANCE = "advance";
    static final String QC_PASS = "qc_pass";
    static final String REWORK = "rework";
    static final String OWNER_TYPE = "production_task";

    private final MaterialRepository materials;
    private final StageTransitionRepository transitions;
    private final TaskRepository tasks;
    private final Inventory inventory;
    private final OrderProduction orderProduction;

    StageMover(
            MaterialRepository materials,
            StageTransitionRepository transitions,
            TaskRepository tasks,
            Inventory inventory,
            OrderProduction orderProduction) {
        this.materials = materials;
        this.transitions = transitions;
        this.tasks = tasks;
        this.inventory = inventory;
        this.orderProduction = orderProduction;
    }

    /** A move asked for by hand: forward only, never past or out of a qc stage, out of the queue only when ready. */
    public void advance(ProductionTask task, Stage to, StageList stages) {
        Stage from = stages.get(task.stage());
        if (to.position() <= from.position()) {
            throw ApiException.unprocessable(
                    "invalid_stage_move",
                    "a task moves forward only (from " + from.code() + " to a later stage); it goes back only"
                            + " through a failed QC check");
        }
        if (from.is(Stage.QC) || stages.between(from, to).stream().anyMatch(s -> s.is(Stage.QC))) {
            throw ApiException.unprocessable("qc_required", "only a QC check moves a task out of or past a qc stage");
        }
        if (from.is(Stage.QUEUE)) {
            requireReadyToStart(task);
        }
        enter(task, from, to, ADVANCE, stages);
    }

    /** A passed QC check: on to the next stage by position. */
    public void pass(ProductionTask task, Stage from, StageList stages) {
        Stage next = stages.next(from).orElseThrow(() -> new IllegalStateException("no stage after " + from.code()));
        enter(task, from, next, QC_PASS, stages);
    }

    /** A failed QC check: back to a work stage before the qc stage, counted as rework. Consumes nothing. */
    public void rework(ProductionTask task, Stage from, Stage to) {
        transitions.insert(task.id(), from.code(), to.code(), REWORK, task.stageEnteredAt());
        tasks.move(task.id(), to.code(), false, false, true);
    }

    private static void requireReadyToStart(ProductionTask task) {
        if (task.designTaskId() != null && !"approved".equals(task.designStatus())) {
            throw ApiException.conflict(
                    "design_not_approved",
                    "task " + task.number() + " cannot start production before its design is approved (it is "
                            + task.designStatus() + ")");
        }
        if (task.manufacturerId() == null) {
            throw ApiException.conflict(
                    "not_assigned", "task " + task.number() + " cannot start production before it is assigned");
        }
    }

    private void enter(ProductionTask task, Stage from, Stage to, String reason, StageList stages) {
        Set<String> passed = Set.copyOf(stages.upTo(to));
        List<MaterialLine> due = materials.forTask(task.id()).stream()
                .filter(m -> m.consumedAt() == null && passed.contains(m.stage()))
                .toList();
        boolean finish = to.is(Stage.DONE);
        List<StockMove> moves = stockMoves(task, due, finish);
        if (!moves.isEmpty()) {
            inventory.move(moves);
        }
        if (!due.isEmpty()) {
            materials.consume(due);
        }
        transitions.insert(task.id(), from.code(), to.code(), reason, task.stageEnteredAt());
        tasks.move(task.id(), to.code(), from.is(Stage.QUEUE), finish, false);
        if (finish && task.orderId() != null) {
            orderProduction.taskFinished(task.orderId());
        }
    }

    private static List<StockMove> stockMoves(ProductionTask task, List<MaterialLine> due, boolean finish) {
        boolean output = finish && task.isReplenishment();
        if (due.isEmpty() && !output) {
            return List.of();
        }
        if (task.locationId() == null) {
            throw ApiException.unprocessable(
                    "location_required",
                    "task " + task.number() + " needs a location to consume materials from"
                            + (output ? " and receive its output at" : ""));
        }
        var owner = new StockOwner(OWNER_TYPE, task.id(), task.number());
        var location = Objects.requireNonNull(task.locationId());
        List<StockMove> moves = new ArrayList<>();
        for (MaterialLine line : due) {
            moves.add(new StockMove(
                    line.materialSku(),
                    location,
                    MovementKind.PRODUCTION_CONSUMPTION,
                    line.quantity(),
                    "production " + task.number() + " " + line.stage(),
                    owner));
        }
        if (output) {
            moves.add(new StockMove(
                    task.sku(),
                    location,
                    MovementKind.PRODUCTION_OUTPUT,
                    task.quantity(),
                    "production " + task.number() + " done",
                    owner));
        }
        return moves;
    }
}
