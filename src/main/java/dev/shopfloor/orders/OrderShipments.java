package dev.shopfloor.orders;

import dev.shopfloor.orders.internal.ShipmentService;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shipments of orders: stock lines sell what ships; the order becomes shipped when every line has. */
@Service
public class OrderShipments {

    private final ShipmentService shipments;

    OrderShipments(ShipmentService shipments) {
        this.shipments = shipments;
    }

    /** Ships these lines (empty = everything not yet shipped); only confirmed or ready orders (else 422). */
    @Transactional
    public Shipment ship(UUID orderId, String carrier, @Nullable String trackingNumber, List<Shipment.Line> lines) {
        return shipments.get(shipments.ship(orderId, carrier, trackingNumber, lines));
    }

    @Transactional(readOnly = true)
    public List<Shipment> ofOrder(UUID orderId) {
        return shipments.ofOrder(orderId);
    }
}
