package dev.shopfloor.changefeed.audit;

import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-entity history, newest first, field by field. Each endpoint carries the read access of its resource; a
 * new resource gets a history by adding a {@link HistorySource} and one method here.
 */
@RestController
@Tag(name = "History", description = "Field-by-field change history of single resources")
class HistoryController {

    private static final String DESCRIPTION = "Newest first; keyset pagination. Inserts list every field set, "
            + "updates the changed fields with old and new values, deletes the removed values. "
            + "404 when the change log holds nothing the caller may see for this id.";

    private final AuditLog audit;

    HistoryController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/customers/{id}/history")
    @Access.StaffRead
    @Operation(summary = "Change history of a customer", description = DESCRIPTION)
    Page<HistoryEntry> customer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.CUSTOMERS, id, cursor, limit);
    }

    @GetMapping("/api/catalog/{id}/history")
    @Access.Read
    @Operation(
            summary = "Change history of a catalog item",
            description = DESCRIPTION + " A VENDOR sees only changes made while the item was its own.")
    Page<HistoryEntry> catalogItem(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.CATALOG_ITEMS, id, cursor, limit);
    }

    @GetMapping("/api/locations/{id}/history")
    @Access.Read
    @Operation(summary = "Change history of a location", description = DESCRIPTION)
    Page<HistoryEntry> location(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.LOCATIONS, id, cursor, limit);
    }

    @GetMapping("/api/inventory/levels/{id}/history")
    @Access.Read
    @Operation(
            summary = "Change history of a stock level (quantities and reorder policy)",
            description = DESCRIPTION + " The movements ledger says why each quantity changed. A VENDOR sees only"
                    + " its own levels.")
    Page<HistoryEntry> stockLevel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.STOCK_LEVELS, id, cursor, limit);
    }

    @GetMapping("/api/orders/{id}/history")
    @Access.StaffRead
    @Operation(
            summary = "Change history of an order, with the changes of its lines, payments and shipments",
            description = DESCRIPTION + " Each entry's topic tells whose change it is; a status change carries"
                    + " its note in statusNote.")
    Page<HistoryEntry> order(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.ORDERS, id, cursor, limit);
    }

    @GetMapping("/api/inventory/purchase-orders/{id}/history")
    @Access.StaffRead
    @Operation(
            summary = "Change history of a purchase order (status, notes, dates; linesRevision marks line changes)",
            description = DESCRIPTION)
    Page<HistoryEntry> purchaseOrder(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.PURCHASE_ORDERS, id, cursor, limit);
    }

    @GetMapping("/api/production/tasks/{id}/history")
    @Access.StaffRead
    @Operation(
            summary = "Change history of a production task, with its transitions, QC checks, materials and costs",
            description = DESCRIPTION + " Each entry's topic tells whose change it is.")
    Page<HistoryEntry> productionTask(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.PRODUCTION_TASKS, id, cursor, limit);
    }

    @GetMapping("/api/manufacturers/{id}/history")
    @Access.StaffRead
    @Operation(summary = "Change history of a manufacturer", description = DESCRIPTION)
    Page<HistoryEntry> manufacturer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.MANUFACTURERS, id, cursor, limit);
    }

    @GetMapping("/api/design/tasks/{id}/history")
    @Access.StaffRead
    @Operation(
            summary = "Change history of a design task, with its file uploads",
            description = DESCRIPTION + " Each entry's topic tells whose change it is (design_tasks or design_files).")
    Page<HistoryEntry> designTask(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.history(HistorySource.DESIGN_TASKS, id, cursor, limit);
    }
}
