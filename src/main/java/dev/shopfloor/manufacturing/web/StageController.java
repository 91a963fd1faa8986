package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.Stage;
import dev.shopfloor.manufacturing.StageInput;
import dev.shopfloor.manufacturing.Stages;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/production/stages")
@Tag(name = "Production stages", description = "The production stages in order: data, defined by ADMINs")
class StageController {

    private final Stages stages;

    StageController(Stages stages) {
        this.stages = stages;
    }

    /** A stage to add (every field) or change (fields left out keep their value; the code cannot change). */
    record StageRequest(
            @Nullable @Pattern(regexp = "[a-z][a-z0-9_]{0,39}")
            String code,

            @Nullable @Size(min = 1, max = 100) String name,
            @Nullable @Min(-1_000_000) @Max(1_000_000) Integer position,
            @Nullable String kind,
            @Nullable Integer version) {

        StageInput toInput() {
            return new StageInput(code, name, position, kind);
        }
    }

    @GetMapping
    @Access.Read
    @Operation(summary = "List the production stages by position (kind: queue, work, qc or done)")
    List<Stage> list() {
        return stages.list();
    }

    @PostMapping
    @Access.Admin
    @Operation(
            summary = "Add a work or qc stage between the queue and done stages",
            description = "422 invalid_kind for queue/done, invalid_position when not between them; 409 duplicate"
                    + " for a code or position in use.")
    ResponseEntity<Stage> create(@Valid @RequestBody StageRequest request) {
        Stage created = stages.create(request.toInput());
        return ResponseEntity.created(URI.create("/api/production/stages/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Access.Admin
    @Operation(
            summary = "Rename or reposition a stage, or switch it between work and qc",
            description = "The code never changes (422 code_immutable); the kind changes only while nothing refers"
                    + " to the stage (409 stage_in_use). If-Match stale 412, body version 409.")
    ResponseEntity<Stage> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StageRequest request) {
        Stage updated = stages.update(id, request.toInput(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Admin
    @Operation(
            summary = "Delete a work or qc stage nothing refers to",
            description = "409 stage_in_use while a task, material, BOM line, transition or QC check refers to it;"
                    + " 422 stage_required for the queue and done stages.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        stages.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
