package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignTask;
import dev.shopfloor.manufacturing.DesignTaskFilter;
import dev.shopfloor.manufacturing.DesignTasks;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/design/tasks")
@Tag(name = "Design tasks", description = "Artwork briefs, designers, due dates and the approval workflow")
class DesignTaskController {

    private final DesignTasks designs;

    DesignTaskController(DesignTasks designs) {
        this.designs = designs;
    }

    @PostMapping
    @Access.Write
    @Operation(
            summary = "Create a design task (status draft)",
            description = "422 unknown_order, unknown_order_item (not a line of orderId), unknown_customer,"
                    + " unknown_user (designerId); customerId defaults to the order's customer; 409 duplicate_design"
                    + " when the order line already has a design task.")
    ResponseEntity<DesignTask> create(@Valid @RequestBody DesignTaskRequest request) {
        DesignTask created = designs.create(request.toDraft());
        return ResponseEntity.created(URI.create("/api/design/tasks/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a design task (ETag; If-None-Match gives 304)")
    ResponseEntity<DesignTask> get(@PathVariable UUID id, WebRequest webRequest) {
        DesignTask task = designs.get(id);
        return ETags.ok(webRequest, task, task.version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(
            summary = "Replace a design task's title, brief, designer and due date",
            description = "If-Match stale gives 412, a stale body version 409; 422 unknown_user for a new designer.")
    ResponseEntity<DesignTask> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody DesignTaskUpdateRequest request) {
        DesignTask updated = designs.update(id, request.toChanges(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @PutMapping("/{id}/status")
    @Access.Write
    @Operation(
            summary = "Move a design task along its workflow",
            description = "draft -> in_progress -> in_review -> approved | changes_requested;"
                    + " changes_requested -> in_progress. Anything else 422 invalid_transition (with the allowed"
                    + " statuses). approved needs approvedBy (422 approval_required) and records approvedAt and"
                    + " approvalRecordedBy; note becomes statusNote.")
    ResponseEntity<DesignTask> changeStatus(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody DesignStatusRequest request) {
        DesignTask changed =
                designs.changeStatus(id, request.toChange(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
    }

    @DeleteMapping("/{id}")
    @Access.Write
    @Operation(
            summary = "Delete a draft design task with its files",
            description = "409 design_in_use when it is past draft or a production task refers to it.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        designs.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List design tasks, newest first, filtered; keyset pagination with cursor and limit")
    Page<DesignTask> list(
            @Parameter(description = "draft, in_progress, in_review, approved or changes_requested")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable UUID designerId,
            @RequestParam(required = false) @Nullable UUID orderId,
            @Parameter(description = "due strictly before this date") @RequestParam(required = false) @Nullable
                    LocalDate dueBefore,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new DesignTaskFilter(
                status == null ? null : DesignStatus.parse(status), designerId, orderId, dueBefore);
        return designs.search(filter, cursor, limit);
    }
}
