package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderChanges;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.partners.Stores;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Edits of an order's own fields, and deleting an order. */
@Component
public class OrderEdits {

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final Stores stores;

    OrderEdits(OrderRepository orders, OrderItemRepository items, Stores stores) {
        this.orders = orders;
        this.items = items;
        this.stores = stores;
    }

    /** Replaces notes, shipping address and store, and the shipping amount when given (only while lines may change). */
    @Transactional
    public void update(UUID id, OrderChanges changes, ExpectedVersion expected) {
        Order order = OrderTransitions.lock(orders, id, expected);
        OrderPlacement.checkStore(stores, changes.storeId());
        BigDecimal shipping = changes.shippingAmount() == null ? order.shippingAmount() : changes.shippingAmount();
        if (shipping.compareTo(order.shippingAmount()) != 0 && !order.status().linesEditable()) {
            throw ApiException.conflict(
                    "order_not_editable",
                    "the shipping amount of a " + order.status().wire() + " order can no longer change");
        }
        orders.updateDetails(id, changes.withShippingAmount(shipping));
        OrderRepository.Totals totals = orders.recalculate(id, false);
        if (totals.paidAmount().compareTo(totals.total()) > 0) {
            throw ApiException.unprocessable(
                    "overpayment", "the order's total would fall below the " + totals.paidAmount() + " already paid");
        }
    }

    /**
     * Deletes a draft or cancelled order with no money taken and nothing shipped; anything else is 409
     * {@code order_not_deletable} (cancel it, refund its payments).
     */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Order order = OrderTransitions.lock(orders, id, expected);
        if (order.status() != OrderStatus.DRAFT && order.status() != OrderStatus.CANCELLED) {
            throw notDeletable("a " + order.status().wire() + " order cannot be deleted; only draft or cancelled");
        }
        if (order.paidAmount().signum() > 0) {
            throw notDeletable("the order has captured payments; refund them first");
        }
        if (items.ofOrder(id).stream().anyMatch(i -> i.shippedQuantity() > 0)) {
            throw notDeletable("goods of this order were shipped; it stays on record");
        }
        orders.delete(id);
    }

    private static ApiException notDeletable(String detail) {
        return ApiException.conflict("order_not_deletable", detail);
    }
}
