package dev.shopfloor.orders.web;

import dev.shopfloor.orders.OrderShipments;
import dev.shopfloor.orders.Shipment;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shipments", description = "Shipments of an order: stock leaves, the order ships when every line has")
class ShipmentController {

    private final OrderShipments shipments;

    ShipmentController(OrderShipments shipments) {
        this.shipments = shipments;
    }

    record ShipmentRequest(
            @NotBlank @Size(max = 100) String carrier,
            @Nullable @Size(max = 200) String trackingNumber,
            @Nullable @Size(max = 200) List<@Valid @NotNull LineRequest> lines) {}

    record LineRequest(
            @NotNull UUID orderItemId,
            @NotNull @Min(1) @Max(100000) Integer quantity) {}

    @PostMapping("/api/orders/{id}/shipments")
    @Access.Write
    @Operation(
            summary = "Ship lines of a confirmed or ready order (no lines = everything not yet shipped)",
            description = "Sells the shipped quantities of stock lines; the order becomes shipped when every line is"
                    + " shipped in full. 422 invalid_transition from other statuses, 422 over_shipment,"
                    + " unknown_order_item, nothing_to_ship.")
    ResponseEntity<Shipment> ship(@PathVariable UUID id, @Valid @RequestBody ShipmentRequest request) {
        List<Shipment.Line> lines = request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new Shipment.Line(l.orderItemId(), l.quantity()))
                        .toList();
        Shipment shipment = shipments.ship(id, request.carrier(), request.trackingNumber(), lines);
        return ResponseEntity.created(URI.create("/api/orders/" + id + "/shipments/" + shipment.id()))
                .body(shipment);
    }

    @GetMapping("/api/orders/{id}/shipments")
    @Access.StaffRead
    @Operation(summary = "An order's shipments, newest first (all of them, one page)")
    Page<Shipment> list(@PathVariable UUID id) {
        return new Page<>(shipments.ofOrder(id), null);
    }
}
