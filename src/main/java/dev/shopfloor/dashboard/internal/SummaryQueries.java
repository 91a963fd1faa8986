package dev.shopfloor.dashboard.internal;

import dev.shopfloor.dashboard.DateRange;
import dev.shopfloor.dashboard.Money;
import dev.shopfloor.dashboard.Summary.OpenOrders;
import dev.shopfloor.dashboard.Summary.StageLoad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The summary's parts, one statement each. {@code storeId} narrows every part when given (see each method). */
@Repository
public class SummaryQueries {

    private static final String DAY = """
            SELECT o.currency,
                   count(*) AS orders,
                   count(*) FILTER (WHERE o.status IN %1$s) AS sold,
                   coalesce(sum(o.subtotal) FILTER (WHERE o.status IN %1$s), 0) AS sales
            FROM orders o
            WHERE o.created_at >= :start
            AND o.created_at < :end
            AND o.status <> 'draft'
            %2$s
            GROUP BY o.currency
            ORDER BY o.currency
            """;
    private static final String OPEN_ORDERS = """
            SELECT count(*) FILTER (WHERE o.status = 'pending') AS pending,
                   count(*) FILTER (WHERE o.status = 'confirmed') AS confirmed,
                   count(*) FILTER (WHERE o.status = 'in_production') AS in_production,
                   count(*) FILTER (WHERE o.status = 'ready') AS ready
            FROM orders o
            WHERE o.status IN ('pending', 'confirmed', 'in_production', 'ready')
            %s
            """;
    // The stored on_hand - reserved is never above the available figure (lapsed holds only add to it), so the
    // partial index stock_levels_low_stock narrows the levels before the view's exact figure decides.
    private static final String LOW_STOCK = """
            SELECT count(*)
            FROM stock_levels l
            JOIN stock_availability a ON a.id = l.id
            WHERE l.reorder_point > 0
            AND l.on_hand - l.reserved <= l.reorder_point
            AND a.available <= a.reorder_point
            %s
            """;
    private static final String PRODUCTION = """
            SELECT s.code,
                   s.name,
                   count(t.id) AS tasks,
                   coalesce(sum(t.quantity), 0) AS units
            FROM production_stages s
            LEFT JOIN production_tasks t ON t.stage = s.code AND t.status = 'open' %s
            WHERE s.kind <> 'done'
            GROUP BY s.code, s.name, s.position
            ORDER BY s.position
            """;
    private static final String ORDER_IN_STORE = "AND o.store_id = :storeId";
    private static final String LEVEL_IN_STORE = """
            AND l.location_id IN (SELECT loc.id FROM locations loc WHERE loc.store_id = :storeId)""";
    private static final String TASK_IN_STORE = """
            AND t.order_id IN (SELECT o.id FROM orders o WHERE o.store_id = :storeId)""";

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders created that day (any status but draft) and the sales among them, per currency. */
    public Day day(DateRange day, @Nullable UUID storeId) {
        List<Money> sales = new ArrayList<>();
        long[] orders = {0};
        dayStatement(day, storeId).on(jdbc).query(rs -> {
            orders[0] += rs.getLong("orders");
            if (rs.getLong("sold") > 0) {
                sales.add(new Money(rs.getString("currency"), rs.getBigDecimal("sales")));
            }
        });
        return new Day(List.copyOf(sales), orders[0]);
    }

    public record Day(List<Money> sales, long orders) {}

    /** Orders now pending, confirmed, in production or ready (of the store). */
    public OpenOrders openOrders(@Nullable UUID storeId) {
        return openOrdersStatement(storeId)
                .on(jdbc)
                .query((rs, n) -> new OpenOrders(
                        rs.getLong("pending"),
                        rs.getLong("confirmed"),
                        rs.getLong("in_production"),
                        rs.getLong("ready")))
                .single();
    }

    /** Stock levels now at or below a positive reorder point (at the store's locations). */
    public long lowStock(@Nullable UUID storeId) {
        return lowStockStatement(storeId).on(jdbc).query(Long.class).single();
    }

    /** Open production tasks per stage, every stage but done in stage order (for the store's orders). */
    public List<StageLoad> production(@Nullable UUID storeId) {
        return productionStatement(storeId)
                .on(jdbc)
                .query((rs, n) -> new StageLoad(
                        rs.getString("code"), rs.getString("name"), rs.getLong("tasks"), rs.getLong("units")))
                .list();
    }

    static Statement dayStatement(DateRange day, @Nullable UUID storeId) {
        Map<String, Object> params = new HashMap<>(Statement.store(storeId));
        params.put("start", day.start());
        params.put("end", day.end());
        return new Statement(DAY.formatted(SoldOrders.STATUSES, storeId == null ? "" : ORDER_IN_STORE), params);
    }

    static Statement openOrdersStatement(@Nullable UUID storeId) {
        return new Statement(OPEN_ORDERS.formatted(storeId == null ? "" : ORDER_IN_STORE), Statement.store(storeId));
    }

    static Statement lowStockStatement(@Nullable UUID storeId) {
        return new Statement(LOW_STOCK.formatted(storeId == null ? "" : LEVEL_IN_STORE), Statement.store(storeId));
    }

    static Statement productionStatement(@Nullable UUID storeId) {
        return new Statement(PRODUCTION.formatted(storeId == null ? "" : TASK_IN_STORE), Statement.store(storeId));
    }
}
