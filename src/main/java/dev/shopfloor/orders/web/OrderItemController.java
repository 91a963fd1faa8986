package dev.shopfloor.orders.web;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Order lines", description = "Lines of an order: add, change, remove (re-holding stock), vendor view")
class OrderItemController {

    private static final String RESERVES = " The order's stock is held again in one step: 409 insufficient_stock"
            + " leaves the order as it was. 409 order_not_editable once shipped, delivered, cancelled or refunded."
            + " Returns the whole order; If-Match / body version is the order's.";

    private final Orders orders;

    OrderItemController(Orders orders) {
        this.orders = orders;
    }

    @PostMapping("/api/orders/{id}/items")
    @Access.Write
    @Operation(summary = "Add a line to an order", description = "Priced from the catalog." + RESERVES)
    ResponseEntity<Order> add(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OrderRequests.Line request) {
        Order order = orders.addLines(id, List.of(request.toNewLine()), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.created(URI.create("/api/orders/" + id))
                .eTag(ETags.of(order.version()))
                .body(order);
    }

    @PutMapping("/api/orders/{id}/items/{itemId}")
    @Access.Write
    @Operation(
            summary = "Change a line's quantity or unit price",
            description = "A price is an override (MANAGER/ADMIN); quantity not below what has shipped." + RESERVES)
    ResponseEntity<Order> change(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OrderRequests.ChangeLine request) {
        Order order = orders.changeLine(
                id, itemId, request.quantity(), request.price(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @DeleteMapping("/api/orders/{id}/items/{itemId}")
    @Access.Write
    @Operation(
            summary = "Remove a line from an order",
            description = "Not a shipped line (409 line_shipped), not the last one (422 order_needs_lines)." + RESERVES)
    ResponseEntity<Order> remove(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        Order order = orders.removeLine(id, itemId, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @GetMapping("/api/orders/items")
    @Access.Read
    @Operation(
            summary = "Order lines of all orders, newest first; a VENDOR sees only its own vendor's lines",
            description = "Keyset pagination with cursor and limit.")
    Page<OrderItem> lines(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return orders.lines(cursor, limit);
    }
}
