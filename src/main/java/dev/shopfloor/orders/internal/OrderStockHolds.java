package dev.shopfloor.orders.internal;

import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What orders ask of the inventory, in the order's terms: the owner of the holds is the order, a held line is
 * a stock line's open (not yet shipped) quantity; made-to-order lines never hold or sell stock.
 */
@Component
class OrderStockHolds {

    private static final String OWNER_TYPE = "order";

    private final Inventory inventory;

    OrderStockHolds(Inventory inventory) {
        this.inventory = inventory;
    }

    /** Makes the order's holds exactly its open stock lines (409 insufficient_stock if short, writing nothing). */
    void hold(UUID orderId, String number, List<OrderItem> items, @Nullable UUID locationId, @Nullable Instant until) {
        List<HoldLine> lines = items.stream()
                .filter(item -> item.stock() && item.openQuantity() > 0)
                .map(item -> new HoldLine(item.id(), item.sku(), item.openQuantity()))
                .toList();
        inventory.hold(owner(orderId, number), lines, locationId, until);
    }

    /** Holds new lines of an order that held nothing before (placement): skipped when none is a stock line. */
    void holdNew(UUID orderId, String number, List<PricedLine> lines, @Nullable UUID locationId, Instant until) {
        List<HoldLine> held = lines.stream()
                .filter(line -> OrderItem.STOCK.equals(line.fulfillment()))
                .map(line -> new HoldLine(line.id(), line.sku(), line.quantity()))
                .toList();
        if (!held.isEmpty()) {
            inventory.hold(owner(orderId, number), held, locationId, until);
        }
    }

    void release(Order order) {
        inventory.release(owner(order));
    }

    /** Sells these quantities of stock lines; nothing is called when none is given (empty would sell all). */
    void sell(Order order, Map<UUID, Integer> quantityByStockLine) {
        if (!quantityByStockLine.isEmpty()) {
            inventory.sell(owner(order), quantityByStockLine);
        }
    }

    private static StockOwner owner(Order order) {
        return owner(order.id(), order.number());
    }

    private static StockOwner owner(UUID orderId, String number) {
        return new StockOwner(OWNER_TYPE, orderId, number);
    }
}
