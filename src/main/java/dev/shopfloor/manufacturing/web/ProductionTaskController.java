package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.ProductionTaskDetail;
import dev.shopfloor.manufacturing.ProductionTaskFilter;
import dev.shopfloor.manufacturing.ProductionTasks;
import dev.shopfloor.manufacturing.QcCheck;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/production/tasks")
@Tag(name = "Production tasks", description = "Production tasks moving through the stages, materials and QC checks")
class ProductionTaskController {

    private final ProductionTasks tasks;

    ProductionTaskController(ProductionTasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping
    @Access.Write
    @Operation(
            summary = "Create a replenishment run (a task that makes stock, no order) in the queue stage",
            description = "sku must be a catalog SKU (422 unknown_sku). Without materials the item's bill of"
                    + " materials is copied, each line scaled to the quantity and rounded up.")
    ResponseEntity<ProductionTask> create(@Valid @RequestBody ProductionTaskRequests.CreateTask request) {
        ProductionTask created = tasks.create(request.toInput());
        return ResponseEntity.created(URI.create("/api/production/tasks/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List production tasks, newest first, filtered; keyset pagination with cursor and limit")
    Page<ProductionTask> list(
            @Parameter(description = "open, done or cancelled") @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "stage code, e.g. cutting") @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable UUID orderId,
            @RequestParam(required = false) @Nullable UUID manufacturerId,
            @RequestParam(required = false) @Nullable UUID designTaskId,
            @Parameter(description = "substring of the task number, item name or SKU, any case")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return tasks.search(
                new ProductionTaskFilter(status, stage, orderId, manufacturerId, designTaskId, q), cursor, limit);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a task with its materials, timeline and QC checks (ETag; If-None-Match gives 304)")
    ResponseEntity<ProductionTaskDetail> get(@PathVariable UUID id, WebRequest webRequest) {
        ProductionTaskDetail detail = tasks.detail(id);
        return ETags.ok(webRequest, detail, detail.task().version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(
            summary = "Change a task's fields or materials, move it to a later stage, or cancel a replenishment run",
            description = "Fields left out keep their value. stage: forward only, never past or out of a qc stage"
                    + " (422 qc_required); leaving the queue needs an approved design (409 design_not_approved) and a"
                    + " manufacturer (409 not_assigned); entering a stage consumes its materials (422"
                    + " location_required, 409 insufficient_stock). status cancelled: replenishment runs only (409"
                    + " order_task). Done or cancelled tasks: 409 task_closed. If-Match stale 412, body version 409.")
    ResponseEntity<ProductionTask> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProductionTaskRequests.UpdateTask request) {
        ProductionTask updated = tasks.update(id, request.toChanges(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @PostMapping("/{id}/qc")
    @Access.Write
    @Operation(
            summary = "Record a QC check of a task at a qc stage: passed moves it on, failed sends it to rework",
            description = "409 not_at_qc; 422 invalid_counts (inspected > 0, 0 <= failed <= inspected); a failed"
                    + " check needs reworkStage, a work stage before the qc stage (422 rework_stage_required,"
                    + " invalid_rework_stage).")
    ResponseEntity<QcCheck> qc(@PathVariable UUID id, @Valid @RequestBody ProductionTaskRequests.RecordQc request) {
        QcCheck check = tasks.qc(id, request.toInput());
        return ResponseEntity.created(URI.create("/api/production/tasks/" + id)).body(check);
    }
}
