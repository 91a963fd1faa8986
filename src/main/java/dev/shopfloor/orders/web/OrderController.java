package dev.shopfloor.orders.web;

import dev.shopfloor.orders.BulkStatusResult;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderFilter;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@Tag(name = "Orders", description = "Sales orders: placing with stock holds, status workflow, edits, bulk status")
class OrderController {

    private final Orders orders;

    OrderController(Orders orders) {
        this.orders = orders;
    }

    @PostMapping("/api/orders")
    @Access.Write
    @Operation(
            summary = "Place an order (pending, holding its stock lines) or a draft (holds nothing)",
            description = "Prices come from the catalog; a line price is an override (MANAGER/ADMIN, else 403"
                    + " price_override_forbidden). 409 insufficient_stock lists every short line and writes nothing;"
                    + " 422 unknown_sku, item_unavailable, currency_mismatch, unknown_customer, unknown_store.")
    ResponseEntity<Order> create(@Valid @RequestBody OrderRequests.CreateOrder request) {
        Order order = orders.place(request.toNewOrder());
        return ResponseEntity.created(URI.create("/api/orders/" + order.id()))
                .eTag(ETags.of(order.version()))
                .body(order);
    }

    @GetMapping("/api/orders/{id}")
    @Access.StaffRead
    @Operation(summary = "Get an order with its lines (ETag; If-None-Match gives 304)")
    ResponseEntity<Order> get(@PathVariable UUID id, WebRequest webRequest) {
        Order order = orders.get(id);
        return ETags.ok(webRequest, order, order.version());
    }

    @GetMapping("/api/orders")
    @Access.StaffRead
    @Operation(summary = "List orders with their lines, newest first, filtered; keyset pagination")
    Page<Order> list(
            @Parameter(
                            description = "draft, pending, confirmed, in_production, ready, shipped, delivered,"
                                    + " cancelled, refunded")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(required = false) @Nullable UUID storeId,
            @Parameter(description = "created at or after") @RequestParam(required = false) @Nullable Instant from,
            @Parameter(description = "created before") @RequestParam(required = false) @Nullable Instant to,
            @Parameter(description = "order number prefix (SO-1004) or part of the customer's name or email")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ApiException.badRequest("invalid_query", "q must be 1 to 200 characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("invalid_range", "from must be before to");
        }
        var filter =
                new OrderFilter(status == null ? null : OrderStatus.parse(status), customerId, storeId, from, to, q);
        return orders.search(filter, cursor, limit);
    }

    @GetMapping("/api/customers/{id}/orders")
    @Access.StaffRead
    @Operation(summary = "A customer's orders, newest first (404 for an unknown customer); keyset pagination")
    Page<Order> ofCustomer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return orders.ofCustomer(id, cursor, limit);
    }

    @PutMapping("/api/orders/{id}")
    @Access.Write
    @Operation(
            summary = "Replace an order's notes, shipping address and store; set its shipping amount",
            description = "If-Match stale gives 412, a stale body version 409. An absent shippingAmount is kept; it"
                    + " changes only while lines may (409 order_not_editable); totals are recomputed.")
    ResponseEntity<Order> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OrderRequests.UpdateOrder request) {
        Order order = orders.update(id, request.toChanges(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @DeleteMapping("/api/orders/{id}")
    @Access.Manage
    @Operation(
            summary = "Delete a draft or cancelled order with no payments or shipments (else 409 order_not_deletable)")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        orders.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/orders/{id}/status")
    @Access.Write
    @Operation(
            summary = "Move an order to another status (workflow table in docs/modules/orders.md)",
            description = "422 invalid_transition names the allowed next statuses. Effects in the same transaction:"
                    + " to pending holds stock, to confirmed holds the stock lines again without expiry, to cancelled releases"
                    + " them, to shipped sells what is held. If-Match / body version honoured.")
    ResponseEntity<Order> changeStatus(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OrderRequests.ChangeStatus request) {
        Order order = orders.changeStatus(
                id,
                OrderStatus.parse(request.status()),
                request.note(),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @PostMapping("/api/orders/bulk-status")
    @Access.Write
    @Operation(
            summary = "Move several orders to one status; each in its own transaction, with a result per order",
            description = "Always 200 with [{id, ok, status?, code?, detail?}] in request order (repeated ids once).")
    List<BulkStatusResult> bulkStatus(@Valid @RequestBody OrderRequests.BulkStatus request) {
        OrderStatus status = OrderStatus.parse(request.status());
        return orders.changeStatuses(request.ids(), status, request.note());
    }
}
