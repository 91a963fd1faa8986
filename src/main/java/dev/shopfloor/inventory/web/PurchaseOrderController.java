package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.PurchaseOrderFilter;
import dev.shopfloor.inventory.internal.PurchaseOrderService;
import dev.shopfloor.inventory.internal.PurchaseOrderStatus;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/inventory/purchase-orders")
@Tag(
        name = "Purchase orders",
        description = "Orders to vendors: drafts (also drafted by automatic reordering), the status table,"
                + " receiving goods into stock")
class PurchaseOrderController {

    private final PurchaseOrderService orders;

    PurchaseOrderController(PurchaseOrderService orders) {
        this.orders = orders;
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List purchase orders with their lines, newest first; keyset pagination")
    Page<PurchaseOrderResponse> list(
            @Parameter(description = "draft, ordered, partially_received, received or cancelled")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable UUID vendorId,
            @RequestParam(required = false) @Nullable UUID locationId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new PurchaseOrderFilter(
                status == null ? null : PurchaseOrderStatus.parse(status), vendorId, locationId);
        return orders.list(filter, cursor, limit).map(PurchaseOrderResponse::of);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a purchase order with its lines (ETag; If-None-Match gives 304)")
    ResponseEntity<PurchaseOrderResponse> get(@PathVariable UUID id, WebRequest webRequest) {
        var order = orders.get(id);
        return ETags.ok(webRequest, PurchaseOrderResponse.of(order), order.version());
    }

    @PostMapping
    @Access.Write
    @Operation(
            summary = "Draft a purchase order",
            description = "422 unknown_sku, unknown_location, unknown_vendor or duplicate_line (one line per SKU)."
                    + " vendorId and currency default to those of the lines' items when they all agree.")
    ResponseEntity<PurchaseOrderResponse> create(@Valid @RequestBody PurchaseOrderRequest request) {
        var created = PurchaseOrderResponse.of(orders.create(request.toDraft()));
        return ResponseEntity.created(URI.create("/api/inventory/purchase-orders/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(
            summary = "Edit a draft purchase order: currency, expected date, notes and (when given) its lines",
            description = "Drafts only (422 not_draft). If-Match stale gives 412, a stale body version 409.")
    ResponseEntity<PurchaseOrderResponse> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PurchaseOrderUpdateRequest request) {
        var updated = orders.update(id, request.toEdit(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(PurchaseOrderResponse.of(updated));
    }

    @PutMapping("/{id}/status")
    @Access.Manage
    @Operation(
            summary = "Order or cancel a purchase order",
            description = "draft -> ordered | cancelled; ordered -> cancelled; partially_received -> cancelled;"
                    + " received and cancelled are final. Anything else is 422 invalid_transition.")
    ResponseEntity<PurchaseOrderResponse> changeStatus(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PurchaseOrderStatusRequest request) {
        var updated = orders.changeStatus(
                id, PurchaseOrderStatus.parse(request.status()), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(PurchaseOrderResponse.of(updated));
    }

    @PostMapping("/{id}/receive")
    @Access.Write
    @Operation(
            summary = "Receive goods on an ordered purchase order",
            description = "Writes receipt movements, received quantities and the status (partially_received or"
                    + " received) in one transaction. No body or no lines receives everything outstanding."
                    + " 422 over_receipt, unknown_line, invalid_transition (not ordered).")
    ResponseEntity<PurchaseOrderResponse> receive(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody(required = false) @Nullable PurchaseOrderReceiptRequest request) {
        var received = orders.receive(
                id,
                request == null ? List.of() : request.toReceiptLines(),
                ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ResponseEntity.ok().eTag(ETags.of(received.version())).body(PurchaseOrderResponse.of(received));
    }
}
