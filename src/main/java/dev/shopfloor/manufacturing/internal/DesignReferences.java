package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.customers.Customers;
import dev.shopfloor.manufacturing.DesignTaskDraft;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.web.ApiException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what a design task refers to through the owning modules' facades, so a bad reference is a 422 naming
 * it rather than a foreign-key 409. Uses the Optional-returning reads: a 404 thrown inside the caller's
 * transaction would mark it rollback-only.
 */
@Component
class DesignReferences {

    private final Orders orders;
    private final Customers customers;
    private final Users users;

    DesignReferences(Orders orders, Customers customers, Users users) {
        this.orders = orders;
        this.customers = customers;
        this.users = users;
    }

    /** The customer the task is for: the one given, else the order's. */
    @Nullable
    UUID check(DesignTaskDraft draft) {
        UUID customerId = draft.customerId();
        if (draft.orderId() != null) {
            Order order = orders.find(draft.orderId())
                    .orElseThrow(() -> ApiException.unprocessable(
                            "unknown_order", "order " + draft.orderId() + " does not exist"));
            if (draft.orderItemId() != null
                    && order.items().stream().noneMatch(i -> i.id().equals(draft.orderItemId()))) {
                throw unknownOrderItem(draft.orderItemId(), "is not a line of order " + order.number());
            }
            if (customerId == null) {
                customerId = order.customerId();
            }
        } else if (draft.orderItemId() != null) {
            throw unknownOrderItem(draft.orderItemId(), "needs the orderId of its order");
        }
        if (draft.customerId() != null && !customers.exists(draft.customerId())) {
            throw ApiException.unprocessable("unknown_customer", "customer " + draft.customerId() + " does not exist");
        }
        checkDesigner(draft.designerId());
        return customerId;
    }

    void checkDesigner(@Nullable UUID designerId) {
        if (designerId != null && users.find(designerId).isEmpty()) {
            throw ApiException.unprocessable("unknown_user", "user " + designerId + " does not exist");
        }
    }

    private static ApiException unknownOrderItem(UUID id, String why) {
        return ApiException.unprocessable("unknown_order_item", "order line " + id + " " + why);
    }
}
