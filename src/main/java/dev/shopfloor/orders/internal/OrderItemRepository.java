package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.platform.database.ArrayColumns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code order_items} rows. Every write of several lines is one statement, whatever the line count. */
@Repository
public class OrderItemRepository {

    private static final String COLUMNS = """
            i.id, i.version, i.order_id, i.line_no, i.sku, i.item_id, i.variant_id, i.vendor_id, i.name,
            i.fulfillment, i.quantity, i.unit_price, i.price_overridden, i.line_total, i.shipped_quantity,
            i.created_at, i.updated_at
            """;

    private static final String INSERT_ALL = """
            INSERT INTO order_items (id, order_id, line_no, sku, item_id, variant_id, vendor_id, name, fulfillment,
                                     quantity, unit_price, price_overridden, line_total)
            SELECT l.id, :orderId, l.line_no, l.sku, l.item_id, l.variant_id, l.vendor_id, l.name, l.fulfillment,
                   l.quantity, l.unit_price, l.price_overridden, l.unit_price * l.quantity
            FROM unnest(CAST(:ids AS uuid[]), CAST(:lineNos AS integer[]), CAST(:skus AS text[]),
                        CAST(:itemIds AS uuid[]), CAST(:variantIds AS uuid[]), CAST(:vendorIds AS uuid[]),
                        CAST(:names AS text[]), CAST(:fulfillments AS text[]), CAST(:quantities AS integer[]),
                        CAST(:unitPrices AS numeric[]), CAST(:overridden AS boolean[]))
                 AS l(id, line_no, sku, item_id, variant_id, vendor_id, name, fulfillment, quantity, unit_price,
                      price_overridden)
            """;

    private static final String OF_ORDERS = "SELECT " + COLUMNS + """
            FROM order_items i
            WHERE i.order_id = ANY(CAST(:orderIds AS uuid[]))
            ORDER BY i.order_id, i.line_no
            """;

    private static final String UPDATE_LINE = """
            UPDATE order_items
            SET quantity = :quantity,
                unit_price = :unitPrice,
                price_overridden = :overridden,
                line_total = :unitPrice * :quantity
            WHERE id = :id
            """;

    private static final String DELETE_LINE = """
            DELETE FROM order_items
            WHERE id = :id
            """;

    private static final String SHIP = """
            UPDATE order_items i
            SET shipped_quantity = i.shipped_quantity + s.quantity
            FROM unnest(CAST(:ids AS uuid[]), CAST(:quantities AS integer[])) AS s(id, quantity)
            WHERE i.id = s.id
            """;

    private static final String SHIP_ALL = """
            UPDATE order_items
            SET shipped_quantity = quantity
            WHERE order_id = :orderId
            """;

    private static final String PAGE = "SELECT " + COLUMNS + """
            FROM order_items i
            WHERE (CAST(:after AS uuid) IS NULL OR i.id < :after)
            ORDER BY i.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    OrderItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts all lines in one statement; line numbers continue from {@code firstLineNo}. */
    void insertAll(UUID orderId, List<PricedLine> lines, int firstLineNo) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbers.add(firstLineNo + i);
        }
        Amounts.guard(() -> jdbc.sql(INSERT_ALL)
                .param("orderId", orderId)
                .param("ids", ArrayColumns.column(lines, PricedLine::id))
                .param("lineNos", numbers.stream().map(String::valueOf).toArray(String[]::new))
                .param("skus", ArrayColumns.column(lines, PricedLine::sku))
                .param("itemIds", ArrayColumns.column(lines, PricedLine::itemId))
                .param("variantIds", ArrayColumns.column(lines, PricedLine::variantId))
                .param("vendorIds", ArrayColumns.column(lines, PricedLine::vendorId))
                .param("names", ArrayColumns.column(lines, PricedLine::name))
                .param("fulfillments", ArrayColumns.column(lines, PricedLine::fulfillment))
                .param("quantities", ArrayColumns.column(lines, PricedLine::quantity))
                .param("unitPrices", ArrayColumns.column(lines, PricedLine::unitPrice))
                .param("overridden", ArrayColumns.column(lines, PricedLine::priceOverridden))
                .update());
    }

    List<OrderItem> ofOrder(UUID orderId) {
        return ofOrders(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The lines of several orders in one query, by order, in line order. */
    Map<UUID, List<OrderItem>> ofOrders(Collection<UUID> orderIds) {
        Map<UUID, List<OrderItem>> byOrder = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        jdbc.sql(OF_ORDERS)
                .param("orderIds", Columns.uuids(orderIds))
                .query(OrderItemRepository::map)
                .list()
                .forEach(item -> byOrder.computeIfAbsent(item.orderId(), k -> new ArrayList<>())
                        .add(item));
        return byOrder;
    }

    void updateLine(UUID id, int quantity, BigDecimal unitPrice, boolean overridden) {
        Amounts.guard(() -> jdbc.sql(UPDATE_LINE)
                .param("id", id)
                .param("quantity", quantity)
                .param("unitPrice", unitPrice)
                .param("overridden", overridden)
                .update());
    }

    void deleteLine(UUID id) {
        jdbc.sql(DELETE_LINE).param("id", id).update();
    }

    /** Adds shipped quantities to several lines in one statement. */
    void ship(Map<UUID, Integer> quantityByLine) {
        List<Map.Entry<UUID, Integer>> entries = List.copyOf(quantityByLine.entrySet());
        jdbc.sql(SHIP)
                .param("ids", ArrayColumns.column(entries, Map.Entry::getKey))
                .param("quantities", ArrayColumns.column(entries, Map.Entry::getValue))
                .update();
    }

    void shipAll(UUID orderId) {
        jdbc.sql(SHIP_ALL).param("orderId", orderId).update();
    }

    /** Lines of all orders, newest first; row-level security narrows a VENDOR to its own vendor's lines. */
    List<OrderItem> page(@Nullable UUID after, int limit) {
        return jdbc.sql(PAGE)
                .param("after", after)
                .param("limit", limit)
                .query(OrderItemRepository::map)
                .list();
    }

    static OrderItem map(ResultSet rs, int row) throws SQLException {
        return new OrderItem(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getObject("order_id", UUID.class),
                rs.getInt("line_no"),
                rs.getString("sku"),
                rs.getObject("item_id", UUID.class),
                rs.getObject("variant_id", UUID.class),
                rs.getObject("vendor_id", UUID.class),
                rs.getString("name"),
                rs.getString("fulfillment"),
                rs.getInt("quantity"),
                rs.getBigDecimal("unit_price"),
                rs.getBoolean("price_overridden"),
                rs.getBigDecimal("line_total"),
                rs.getInt("shipped_quantity"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
