package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.OrderStatusChanged;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What manufacturing does for orders, inside the order's own transaction: an order going into production gets a
 * design task and a production task per made-to-order line; cancelling an order cancels its open tasks; an order
 * cannot become ready or shipped while it has open tasks; and when its last task is done, it becomes ready.
 */
@Component
public class OrderProduction {

    static final String FINISHED_NOTE = "production finished";

    private final Orders orders;
    private final OrderTasks tasks;

    OrderProduction(Orders orders, OrderTasks tasks) {
        this.orders = orders;
        this.tasks = tasks;
    }

    @EventListener
    void on(OrderStatusChanged change) {
        switch (change.to()) {
            case IN_PRODUCTION -> start(change.orderId());
            case CANCELLED -> tasks.cancelOpen(change.orderId());
            case READY, SHIPPED -> refuseWhileOpen(change);
            default -> {}
        }
    }

    /**
     * Called when a task of this order reached its done stage, in the same transaction and with the order locked
     * ({@link Orders#lock} before the task's own lock): the order becomes ready once none of its tasks is open.
     */
    public void taskFinished(UUID orderId) {
        if (tasks.openCount(orderId) == 0 && orders.lock(orderId).status() == OrderStatus.IN_PRODUCTION) {
            orders.changeStatus(orderId, OrderStatus.READY, FINISHED_NOTE, ExpectedVersion.ANY);
        }
    }

    private void start(UUID orderId) {
        Order order = orders.get(orderId);
        List<OrderItem> lines =
                order.items().stream().filter(OrderItem::madeToOrder).toList();
        if (!lines.isEmpty()) {
            tasks.createFor(order, lines);
        }
    }

    private void refuseWhileOpen(OrderStatusChanged change) {
        int open = tasks.openCount(change.orderId());
        if (open > 0) {
            throw ApiException.conflict(
                    "production_open",
                    "order " + change.number() + " has " + open + " open production task" + (open == 1 ? "" : "s")
                            + "; it becomes ready by itself when they are done");
        }
    }
}
