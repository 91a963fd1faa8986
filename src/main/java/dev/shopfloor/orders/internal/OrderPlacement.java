package dev.shopfloor.orders.internal;

import dev.shopfloor.customers.Customers;
import dev.shopfloor.orders.NewOrder;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.partners.Stores;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an order: one customer check, one catalog lookup, one insert of the order, one of all its lines and one
 * hold of its stock lines, whatever the line count. The hold comes last, so stock rows stay locked shortest.
 */
@Component
public class OrderPlacement {

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final Pricing pricing;
    private final OrderStockHolds stock;
    private final Customers customers;
    private final Stores stores;
    private final OrderProperties properties;

    OrderPlacement(
            OrderRepository orders,
            OrderItemRepository items,
            Pricing pricing,
            OrderStockHolds stock,
            Customers customers,
            Stores stores,
            OrderProperties properties) {
        this.orders = orders;
        this.items = items;
        this.pricing = pricing;
        this.stock = stock;
        this.customers = customers;
        this.stores = stores;
        this.properties = properties;
    }

    @Transactional
    public UUID place(NewOrder order) {
        order.items().forEach(line -> pricing.checkOverride(line.price()));
        if (!customers.exists(order.customerId())) {
            throw ApiException.unprocessable("unknown_customer", "customer " + order.customerId() + " does not exist");
        }
        checkStore(stores, order.storeId());
        List<PricedLine> lines = pricing.price(order.items(), null);
        BigDecimal subtotal = lines.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        OrderStatus status = order.draft() ? OrderStatus.DRAFT : OrderStatus.PENDING;
        @Nullable Instant holdUntil = order.draft() ? null : Instant.now().plus(properties.holdDuration());
        UUID id = Ids.newId();
        String number = orders.insert(
                id,
                new OrderRepository.NewOrderRow(
                        order.customerId(),
                        order.storeId(),
                        order.locationId(),
                        status,
                        lines.getFirst().currency(),
                        subtotal,
                        order.shippingAmount() == null ? BigDecimal.ZERO : order.shippingAmount(),
                        order.notes(),
                        holdUntil,
                        order.shippingAddress()));
        items.insertAll(id, lines, 1);
        if (holdUntil != null) {
            stock.holdNew(id, number, lines, order.locationId(), holdUntil);
        }
        return id;
    }

    static void checkStore(Stores stores, @Nullable UUID storeId) {
        if (storeId != null && !stores.exists(storeId)) {
            throw ApiException.unprocessable("unknown_store", "store " + storeId + " does not exist");
        }
    }
}
