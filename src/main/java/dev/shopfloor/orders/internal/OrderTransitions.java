package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.OrderWorkflow;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through {@link OrderWorkflow} and applies each transition's effect on stock in the same
 * transaction: to pending holds (with an expiry), to confirmed holds the open stock lines again without expiry, to cancelled
 * releases, to shipped sells what is still held. An order with made-to-order lines goes on from confirmed to
 * in_production in the same transaction (manufacturing makes its tasks on that {@link
 * dev.shopfloor.orders.OrderStatusChanged}).
 */
@Component
public class OrderTransitions {

    static final String EXPIRED_NOTE = "reservation expired";
    static final String PRODUCTION_NOTE = "made-to-order lines went to production";

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderStockHolds stock;
    private final OrderProperties properties;
    private final StatusWriter status;

    OrderTransitions(
            OrderRepository orders,
            OrderItemRepository items,
            OrderStockHolds stock,
            OrderProperties properties,
            StatusWriter status) {
        this.orders = orders;
        this.items = items;
        this.stock = stock;
        this.properties = properties;
        this.status = status;
    }

    /** {@code PUT /api/orders/{id}/status}: one order, its own transaction, version-checked. */
    @Transactional
    public void change(UUID id, OrderStatus to, @Nullable String note, ExpectedVersion expected) {
        Order order = lock(orders, id, expected);
        apply(order, to, note);
    }

    /** Locks the order for a caller outside this module; 404 when unknown. */
    public Order lock(UUID id) {
        return lock(orders, id, ExpectedVersion.ANY);
    }

    /** Cancels the pending orders whose hold has expired (up to {@code limit}); the ones others hold are skipped. */
    @Transactional
    public int expireDue(int limit) {
        List<UUID> due = orders.lockExpired(limit);
        for (UUID id : due) {
            apply(orders.find(id).orElseThrow(), OrderStatus.CANCELLED, EXPIRED_NOTE);
        }
        return due.size();
    }

    /** Performs {@code order -> to} on an order the caller has locked; 422 invalid_transition when not allowed. */
    void apply(Order order, OrderStatus to, @Nullable String note) {
        OrderWorkflow.check(order.status(), to);
        @Nullable Instant holdUntil = null;
        switch (to) {
            case PENDING -> {
                holdUntil = Instant.now().plus(properties.holdDuration());
                stock.hold(order.id(), order.number(), items.ofOrder(order.id()), order.locationId(), holdUntil);
            }
            case CONFIRMED -> keepHolds(order);
            case CANCELLED -> {
                if (order.status() != OrderStatus.DRAFT) {
                    stock.release(order);
                }
            }
            case SHIPPED -> {
                stock.sell(order, openStockQuantities(items.ofOrder(order.id())));
                items.shipAll(order.id());
            }
            default -> holdUntil = order.holdExpiresAt();
        }
        status.write(order, to, note, holdUntil);
        if (to == OrderStatus.CONFIRMED && items.ofOrder(order.id()).stream().anyMatch(OrderItem::madeToOrder)) {
            status.write(order, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, PRODUCTION_NOTE, null);
        }
    }

    /**
     * Confirming holds the open stock lines again, with no expiry, under the stock locks. Extending the pending
     * holds instead would race their lapse: a hold that lapsed (or was released) a moment ago no longer counts,
     * and its stock may already be someone else's; holding again checks the stock (409 insufficient_stock).
     */
    private void keepHolds(Order order) {
        stock.hold(order.id(), order.number(), items.ofOrder(order.id()), order.locationId(), null);
    }

    /** What shipping sells: each stock line's open quantity; a line the order no longer holds is refused. */
    private static Map<UUID, Integer> openStockQuantities(List<OrderItem> lines) {
        return lines.stream()
                .filter(line -> line.stock() && line.openQuantity() > 0)
                .collect(Collectors.toMap(OrderItem::id, OrderItem::openQuantity));
    }

    /** Locks the order and checks the expected version: 404 unknown, 409/412 stale. */
    static Order lock(OrderRepository orders, UUID id, ExpectedVersion expected) {
        Order order = orders.lock(id).orElseThrow(() -> ApiException.notFound("order", id));
        Integer wanted = expected.value();
        if (wanted != null && wanted != order.version()) {
            throw expected.stale("order", id);
        }
        return order;
    }
}
