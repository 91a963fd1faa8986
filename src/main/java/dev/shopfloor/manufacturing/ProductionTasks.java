package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.MaterialRepository;
import dev.shopfloor.manufacturing.internal.ProductionTaskSearch;
import dev.shopfloor.manufacturing.internal.ProductionTaskWriter;
import dev.shopfloor.manufacturing.internal.QcRecorder;
import dev.shopfloor.manufacturing.internal.QcRepository;
import dev.shopfloor.manufacturing.internal.StageTransitionRepository;
import dev.shopfloor.manufacturing.internal.TaskRepository;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into production tasks: replenishment runs by hand, reads, field changes, stage moves and QC checks. */
@Service
public class ProductionTasks {

    private final TaskRepository tasks;
    private final MaterialRepository materials;
    private final StageTransitionRepository transitions;
    private final QcRepository checks;
    private final ProductionTaskSearch search;
    private final ProductionTaskWriter writer;
    private final QcRecorder qc;

    ProductionTasks(
            TaskRepository tasks,
            MaterialRepository materials,
            StageTransitionRepository transitions,
            QcRepository checks,
            ProductionTaskSearch search,
            ProductionTaskWriter writer,
            QcRecorder qc) {
        this.tasks = tasks;
        this.materials = materials;
        this.transitions = transitions;
        this.checks = checks;
        this.search = search;
        this.writer = writer;
        this.qc = qc;
    }

    /**
     * Creates a replenishment run in the queue stage; 422 {@code unknown_sku}, {@code unknown_stage},
     * {@code unknown_location}, {@code unknown_design_task}, {@code invalid_priority}.
     */
    @Transactional
    public ProductionTask create(ProductionTaskInput input) {
        UUID id = Ids.newId();
        writer.create(id, input);
        return get(id);
    }

    /** The task with its materials, or 404. */
    @Transactional(readOnly = true)
    public ProductionTask get(UUID id) {
        ProductionTask task = tasks.find(id).orElseThrow(() -> ApiException.notFound("production task", id));
        return task.withMaterials(materials.forTask(id));
    }

    /** The task with its timeline and QC checks, or 404. */
    @Transactional(readOnly = true)
    public ProductionTaskDetail detail(UUID id) {
        return new ProductionTaskDetail(get(id), transitions.forTask(id), checks.forTask(id));
    }

    /** One page of tasks, newest first, with the materials of the whole page loaded in one query. */
    @Transactional(readOnly = true)
    public Page<ProductionTask> search(ProductionTaskFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        List<ProductionTask> fetched = search.find(filter, Cursor.after(cursor), size + 1);
        Page<ProductionTask> page = Page.of(fetched, size, t -> Cursor.of(t.id()));
        Map<UUID, List<MaterialLine>> byTask =
                materials.forTasks(page.items().stream().map(ProductionTask::id).toList());
        return page.map(t -> t.withMaterials(byTask.getOrDefault(t.id(), List.of())));
    }

    /**
     * Changes fields and materials, moves the task to another stage or cancels it (docs/modules/manufacturing.md,
     * "Production tasks", for the move rules and their codes); all or nothing.
     */
    @Transactional
    public ProductionTask update(UUID id, ProductionTaskChanges changes, ExpectedVersion expected) {
        writer.update(id, changes, expected);
        return get(id);
    }

    /** Records a QC check of a task at a qc stage and moves the task on (passed) or back (failed). */
    @Transactional
    public QcCheck qc(UUID taskId, QcInput check) {
        return checks.get(qc.record(taskId, check));
    }
}
