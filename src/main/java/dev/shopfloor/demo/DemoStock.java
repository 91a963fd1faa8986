package dev.shopfloor.demo;

import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.inventory.MovementKind;
import dev.shopfloor.inventory.StockMove;
import dev.shopfloor.orders.NewOrder;
import dev.shopfloor.orders.OrderStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Demo stock and orders, from a seed: opening receipts for every stock SKU at the warehouse and the shop, and
 * orders in every status of a normal day's business.
 */
final class DemoStock {

    /** Statuses the demo orders end in, with how many of every 20 orders end there. */
    private static final List<OrderStatus> STATUS_MIX = List.of(
            OrderStatus.DRAFT,
            OrderStatus.PENDING,
            OrderStatus.PENDING,
            OrderStatus.PENDING,
            OrderStatus.CONFIRMED,
            OrderStatus.CONFIRMED,
            OrderStatus.CONFIRMED,
            OrderStatus.CONFIRMED,
            OrderStatus.READY,
            OrderStatus.READY,
            OrderStatus.SHIPPED,
            OrderStatus.SHIPPED,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
            OrderStatus.DELIVERED,
            OrderStatus.DELIVERED,
            OrderStatus.DELIVERED,
            OrderStatus.CANCELLED,
            OrderStatus.CANCELLED,
            OrderStatus.REFUNDED);

    /** An order to place and the status to walk it to. */
    record DemoOrder(NewOrder order, OrderStatus target) {}

    private final Random random;
    /** Stock not yet promised to a demo order, so every demo order can be placed. */
    private final Map<String, Integer> unpromised = new LinkedHashMap<>();

    DemoStock(long seed) {
        this.random = new Random(seed ^ 0x5702EL);
    }

    /** The SKUs sold from stock: each stock item's variants, or the item itself when it has none; not archived ones. */
    static List<String> stockSkus(List<ItemInput> items) {
        List<String> skus = new ArrayList<>();
        for (ItemInput item : items) {
            if ("made_to_order".equals(item.fulfillment()) || "archived".equals(item.status())) {
                continue;
            }
            if (item.variants() == null || item.variants().isEmpty()) {
                skus.add(item.sku());
            } else {
                item.variants().forEach(v -> skus.add(v.sku()));
            }
        }
        return skus;
    }

    /** Opening stock: most SKUs at the warehouse, some at the shop, a few sold out. */
    List<StockMove> openingReceipts(List<String> skus, UUID warehouse, UUID shop) {
        List<StockMove> moves = new ArrayList<>();
        for (String sku : skus) {
            int atWarehouse = random.nextInt(10) == 0 ? 0 : 5 + random.nextInt(80);
            int atShop = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12);
            unpromised.put(sku, atWarehouse + atShop);
            if (atWarehouse > 0) {
                moves.add(new StockMove(sku, warehouse, MovementKind.RECEIPT, atWarehouse, "opening stock", null));
            }
            if (atShop > 0) {
                moves.add(new StockMove(sku, shop, MovementKind.RECEIPT, atShop, "opening stock", null));
            }
        }
        return moves;
    }

    /** Call after {@link #openingReceipts}: orders only what that stock can serve. */
    DemoOrder order(List<UUID> customers) {
        List<String> skus = new ArrayList<>(unpromised.keySet());
        List<NewOrder.NewLine> items = new ArrayList<>();
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines * 4 && items.size() < lines; i++) {
            String sku = skus.get(random.nextInt(skus.size()));
            int quantity = 1 + random.nextInt(2);
            if (unpromised.get(sku) >= quantity
                    && items.stream().noneMatch(l -> l.sku().equals(sku))) {
                unpromised.merge(sku, -quantity, Integer::sum);
                items.add(new NewOrder.NewLine(sku, quantity, null));
            }
        }
        OrderStatus target = STATUS_MIX.get(random.nextInt(STATUS_MIX.size()));
        NewOrder order = new NewOrder(
                customers.get(random.nextInt(customers.size())),
                null,
                null,
                target == OrderStatus.DRAFT,
                items,
                null,
                null,
                null);
        return new DemoOrder(order, target);
    }

    /** The transitions that take a newly placed (pending) order to {@code target}. */
    static List<OrderStatus> pathTo(OrderStatus target) {
        return switch (target) {
            case DRAFT, PENDING, IN_PRODUCTION -> List.of();
            case CANCELLED -> List.of(OrderStatus.CANCELLED);
            case CONFIRMED -> List.of(OrderStatus.CONFIRMED);
            case READY -> List.of(OrderStatus.CONFIRMED, OrderStatus.READY);
            case SHIPPED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
            case DELIVERED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
            case REFUNDED ->
                List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.REFUNDED);
        };
    }
}
