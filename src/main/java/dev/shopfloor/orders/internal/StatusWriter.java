package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.OrderStatusChanged;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes an order's new status and tells the listeners of {@link OrderStatusChanged}, in the same transaction. */
@Component
class StatusWriter {

    private final OrderRepository orders;
    private final ApplicationEventPublisher events;

    StatusWriter(OrderRepository orders, ApplicationEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    /** Moves the locked {@code order} from the status it has to {@code to}. */
    void write(Order order, OrderStatus to, @Nullable String note, @Nullable Instant holdExpiresAt) {
        write(order, order.status(), to, note, holdExpiresAt);
    }

    void write(Order order, OrderStatus from, OrderStatus to, @Nullable String note, @Nullable Instant holdExpiresAt) {
        orders.setStatus(order.id(), to, note, holdExpiresAt);
        events.publishEvent(new OrderStatusChanged(order.id(), order.number(), from, to));
    }
}
