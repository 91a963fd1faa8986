package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.NewOrder.NewLine;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and removes lines of an order that has not shipped, then holds the whole order's stock again
 * with one call (all or nothing: 409 insufficient_stock leaves the order as it was) and recomputes its totals.
 */
@Component
public class LineChanges {

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final Pricing pricing;
    private final OrderStockHolds stock;
    private final OrderProperties properties;

    LineChanges(
            OrderRepository orders,
            OrderItemRepository items,
            Pricing pricing,
            OrderStockHolds stock,
            OrderProperties properties) {
        this.orders = orders;
        this.items = items;
        this.pricing = pricing;
        this.stock = stock;
        this.properties = properties;
    }

    @Transactional
    public void add(UUID orderId, List<NewLine> lines, ExpectedVersion expected) {
        Order order = editable(orderId, expected);
        List<OrderItem> current = items.ofOrder(orderId);
        List<PricedLine> priced = pricing.price(lines, order.currency());
        if (priced.stream().anyMatch(line -> OrderItem.MADE_TO_ORDER.equals(line.fulfillment()))) {
            refuseOnceInProduction(order);
        }
        int next = current.stream().mapToInt(OrderItem::lineNo).max().orElse(0) + 1;
        items.insertAll(orderId, priced, next);
        settle(order);
    }

    /** Changes a line's quantity and/or unit price (a price is an override: MANAGER/ADMIN only). */
    @Transactional
    public void change(
            UUID orderId,
            UUID lineId,
            @Nullable Integer quantity,
            @Nullable BigDecimal price,
            ExpectedVersion expected) {
        pricing.checkOverride(price);
        Order order = editable(orderId, expected);
        OrderItem line = line(orderId, lineId);
        int newQuantity = quantity == null ? line.quantity() : quantity;
        if (line.madeToOrder() && newQuantity != line.quantity()) {
            refuseOnceInProduction(order);
        }
        if (newQuantity < line.shippedQuantity()) {
            throw ApiException.unprocessable(
                    "below_shipped",
                    "line " + lineId + " has " + line.shippedQuantity() + " shipped; quantity cannot go below it");
        }
        items.updateLine(
                lineId, newQuantity, price == null ? line.unitPrice() : price, price != null || line.priceOverridden());
        settle(order);
    }

    @Transactional
    public void remove(UUID orderId, UUID lineId, ExpectedVersion expected) {
        Order order = editable(orderId, expected);
        OrderItem line = line(orderId, lineId);
        if (line.shippedQuantity() > 0) {
            throw ApiException.conflict("line_shipped", "line " + lineId + " has shipped goods and cannot be removed");
        }
        if (line.madeToOrder()) {
            refuseOnceInProduction(order);
        }
        if (items.ofOrder(orderId).size() == 1) {
            throw ApiException.unprocessable(
                    "order_needs_lines", "an order keeps at least one line; cancel the order instead");
        }
        items.deleteLine(lineId);
        settle(order);
    }

    /** Holds the order's stock again (a pending order's hold restarts its full duration) and recomputes totals. */
    private void settle(Order order) {
        OrderStatus status = order.status();
        if (status.holdsStock()) {
            @Nullable
            Instant until = status == OrderStatus.PENDING ? Instant.now().plus(properties.holdDuration()) : null;
            stock.hold(order.id(), order.number(), items.ofOrder(order.id()), order.locationId(), until);
            if (status == OrderStatus.PENDING) {
                orders.setHoldExpiry(order.id(), until);
            }
        }
        OrderRepository.Totals totals = orders.recalculate(order.id(), true);
        if (totals.paidAmount().compareTo(totals.total()) > 0) {
            throw ApiException.unprocessable(
                    "overpayment",
                    "the order's total would fall below the " + totals.paidAmount() + " already paid;"
                            + " refund a payment first");
        }
    }

    private Order editable(UUID orderId, ExpectedVersion expected) {
        Order order = OrderTransitions.lock(orders, orderId, expected);
        if (!order.status().linesEditable()) {
            throw ApiException.conflict(
                    "order_not_editable", "lines of a " + order.status().wire() + " order can no longer change");
        }
        return order;
    }

    /** Production works from the confirmed quantities of made-to-order lines: they no longer change after that. */
    private static void refuseOnceInProduction(Order order) {
        if (order.status() != OrderStatus.DRAFT && order.status() != OrderStatus.PENDING) {
            throw ApiException.conflict(
                    "line_in_production",
                    "made-to-order lines of a " + order.status().wire()
                            + " order are in production and cannot change; cancel the order and place a new one");
        }
    }

    private OrderItem line(UUID orderId, UUID lineId) {
        return items.ofOrder(orderId).stream()
                .filter(i -> i.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("order line", lineId));
    }
}
