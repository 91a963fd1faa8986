package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.CostLine;
import dev.shopfloor.manufacturing.CostRollup;
import dev.shopfloor.manufacturing.CostSheet;
import dev.shopfloor.manufacturing.Costs;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Production costs", description = "Cost lines of production tasks, cost per unit, roll-up per order")
class CostController {

    private final Costs costs;

    CostController(Costs costs) {
        this.costs = costs;
    }

    @PostMapping("/api/production/tasks/{id}/costs")
    @Access.Write
    @Operation(
            summary = "Add a cost line (material, labour, outside, overhead) to a production task",
            description = "409 task_closed for a cancelled task; done tasks still take costs.")
    ResponseEntity<CostLine> add(@PathVariable UUID id, @Valid @RequestBody CostRequest request) {
        CostLine line = costs.add(id, request.toInput());
        return ResponseEntity.created(URI.create("/api/production/tasks/" + id + "/costs/" + line.id()))
                .eTag(ETags.of(line.version()))
                .body(line);
    }

    @GetMapping("/api/production/tasks/{id}/costs")
    @Access.StaffRead
    @Operation(summary = "A production task's cost lines and totals per currency with cost per unit")
    CostSheet list(@PathVariable UUID id) {
        return costs.of(id);
    }

    @DeleteMapping("/api/production/tasks/{id}/costs/{costId}")
    @Access.Write
    @Operation(summary = "Delete a cost line of a production task (If-Match optional; 409 task_closed if cancelled)")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @PathVariable UUID costId,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        costs.remove(id, costId, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/production/orders/{orderId}/costs")
    @Access.StaffRead
    @Operation(summary = "An order's production costs per task and in total, per currency (404 unknown order)")
    CostRollup ofOrder(@PathVariable UUID orderId) {
        return costs.ofOrder(orderId);
    }
}
