package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.OrderWorkflow;
import dev.shopfloor.orders.Shipment;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of confirmed or ready orders: the shipped quantities of stock lines are sold (stock leaves), every
 * line's shipped quantity grows, and the order becomes {@code shipped} once every line is shipped in full.
 */
@Component
public class ShipmentService {

    static final String SHIPPED_NOTE = "all lines shipped";

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final ShipmentRepository shipments;
    private final OrderStockHolds stock;
    private final StatusWriter status;

    ShipmentService(
            OrderRepository orders,
            OrderItemRepository items,
            ShipmentRepository shipments,
            OrderStockHolds stock,
            StatusWriter status) {
        this.orders = orders;
        this.items = items;
        this.shipments = shipments;
        this.stock = stock;
        this.status = status;
    }

    /** Ships the given quantities (none given = everything not yet shipped). */
    @Transactional
    public UUID ship(UUID orderId, String carrier, @Nullable String trackingNumber, List<Shipment.Line> requested) {
        Order order = OrderTransitions.lock(orders, orderId, ExpectedVersion.ANY);
        if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.READY) {
            OrderWorkflow.check(order.status(), OrderStatus.SHIPPED);
            throw ApiException.unprocessable(
                    "invalid_transition",
                    "only confirmed or ready orders ship; this one is "
                            + order.status().wire());
        }
        Map<UUID, OrderItem> lines =
                items.ofOrder(orderId).stream().collect(Collectors.toMap(OrderItem::id, Function.identity()));
        Map<UUID, Integer> quantities = requested.isEmpty() ? everythingOpen(lines) : checked(requested, lines);
        if (quantities.isEmpty()) {
            throw ApiException.unprocessable("nothing_to_ship", "every line of this order has shipped");
        }
        UUID id = Ids.newId();
        List<Shipment.Line> shipped = quantities.entrySet().stream()
                .map(e -> new Shipment.Line(e.getKey(), e.getValue()))
                .toList();
        shipments.insert(id, orderId, carrier, trackingNumber, shipped);
        Map<UUID, Integer> stockQuantities = new LinkedHashMap<>(quantities);
        stockQuantities.keySet().removeIf(line -> !lines.get(line).stock());
        stock.sell(order, stockQuantities);
        items.ship(quantities);
        orders.recalculate(orderId, true);
        boolean complete = lines.values().stream()
                .allMatch(line -> line.shippedQuantity() + quantities.getOrDefault(line.id(), 0) == line.quantity());
        if (complete) {
            status.write(order, OrderStatus.SHIPPED, SHIPPED_NOTE, null);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<Shipment> ofOrder(UUID orderId) {
        orders.find(orderId).orElseThrow(() -> ApiException.notFound("order", orderId));
        return shipments.ofOrder(orderId);
    }

    @Transactional(readOnly = true)
    public Shipment get(UUID id) {
        return shipments.get(id);
    }

    private static Map<UUID, Integer> everythingOpen(Map<UUID, OrderItem> lines) {
        Map<UUID, Integer> open = new LinkedHashMap<>();
        lines.values().stream()
                .filter(line -> line.openQuantity() > 0)
                .sorted(java.util.Comparator.comparingInt(OrderItem::lineNo))
                .forEach(line -> open.put(line.id(), line.openQuantity()));
        return open;
    }

    private static Map<UUID, Integer> checked(List<Shipment.Line> requested, Map<UUID, OrderItem> lines) {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        for (Shipment.Line line : requested) {
            if (!lines.containsKey(line.orderItemId())) {
                throw ApiException.unprocessable(
                        "unknown_order_item", "line " + line.orderItemId() + " is not a line of this order");
            }
            quantities.merge(line.orderItemId(), line.quantity(), Integer::sum);
        }
        quantities.forEach((lineId, quantity) -> {
            OrderItem line = lines.get(lineId);
            if (quantity > line.openQuantity()) {
                throw ApiException.unprocessable(
                        "over_shipment",
                        "line " + line.lineNo() + " (" + line.sku() + ") has " + line.openQuantity()
                                + " left to ship, not " + quantity);
            }
        });
        return quantities;
    }
}
