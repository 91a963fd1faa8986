package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderFilter;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Orders with their lines: one order, or a page of orders with the lines of the whole page in one query. */
@Component
public class OrderReads {

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderSearch search;

    OrderReads(OrderRepository orders, OrderItemRepository items, OrderSearch search) {
        this.orders = orders;
        this.items = items;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public Optional<Order> find(UUID id) {
        return orders.find(id).map(order -> order.withItems(items.ofOrder(id)));
    }

    @Transactional(readOnly = true)
    public Order get(UUID id) {
        Order order = orders.find(id).orElseThrow(() -> ApiException.notFound("order", id));
        return order.withItems(items.ofOrder(id));
    }

    @Transactional(readOnly = true)
    public Page<Order> search(OrderFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        Page<Order> page = Page.of(search.find(filter, Cursor.after(cursor), size + 1), size, o -> Cursor.of(o.id()));
        Map<UUID, List<OrderItem>> lines =
                items.ofOrders(page.items().stream().map(Order::id).toList());
        return page.map(o -> o.withItems(lines.getOrDefault(o.id(), List.of())));
    }

    /** Order lines newest first; a VENDOR's transaction sees only its own vendor's lines (row-level security). */
    @Transactional(readOnly = true)
    public Page<OrderItem> lines(@Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(items.page(Cursor.after(cursor), size + 1), size, i -> Cursor.of(i.id()));
    }
}
