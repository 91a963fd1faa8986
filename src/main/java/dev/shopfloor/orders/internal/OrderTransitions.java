package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.OrderWorkflow;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through {@link OrderWorkflow} and applies each transition's effect on stock in the same
 * transaction: to pending holds (with an expiry), to confirmed keeps the holds without expiry, to cancelled
 * releases, to shipped sells what is still held.
 */
@Component
public class OrderTransitions {

    static final String EXPIRED_NOTE = "reservation expired";

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderStockHolds stock;
    private final OrderProperties properties;

    OrderTransitions(
            OrderRepository orders, OrderItemRepository items, OrderStockHolds stock, OrderProperties properties) {
        this.orders = orders;
        this.items = items;
        this.stock = stock;
        this.properties = properties;
    }

    /** {@code PUT /api/orders/{id}/status}: one order, its own transaction, version-checked. */
    @Transactional
    public void change(UUID id, OrderStatus to, @Nullable String note, ExpectedVersion expected) {
        Order order = lock(orders, id, expected);
        apply(order, to, note);
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
                if (items.ofOrder(order.id()).stream().anyMatch(i -> i.stock() && i.openQuantity() > 0)) {
                    stock.sellAll(order);
                }
                items.shipAll(order.id());
            }
            default -> holdUntil = order.holdExpiresAt();
        }
        orders.setStatus(order.id(), to, note, holdUntil);
    }

    /**
     * Confirming keeps the holds with no expiry. A hold that already expired no longer counts for availability,
     * so extending it could oversell: such an order holds its lines again, which checks the stock.
     */
    private void keepHolds(Order order) {
        Instant expiry = order.holdExpiresAt();
        if (expiry != null && expiry.isBefore(Instant.now())) {
            List<OrderItem> lines = items.ofOrder(order.id());
            stock.hold(order.id(), order.number(), lines, order.locationId(), null);
        } else {
            stock.holdUntil(order, null);
        }
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
