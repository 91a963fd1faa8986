package dev.shopfloor.dashboard.internal;

import dev.shopfloor.dashboard.DateRange;
import dev.shopfloor.dashboard.Money;
import dev.shopfloor.dashboard.ProductFilter;
import dev.shopfloor.dashboard.ProductPerformance;
import dev.shopfloor.dashboard.ProductSort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Product performance in one statement: the sold lines of the range grouped per item and currency, the top
 * {@code limit} items by the sort, then the current stock of just those items (all their levels, variants
 * included) from inventory's view stock_availability.
 */
@Repository
public class ProductQuery {

    private static final String SQL = """
            WITH lines AS (
                SELECT i.item_id,
                       o.currency,
                       sum(i.quantity) AS units,
                       sum(i.line_total) AS amount
                FROM orders o
                JOIN order_items i ON i.order_id = o.id
                WHERE o.status IN %1$s
                AND o.created_at >= :start
                AND o.created_at < :end
                %2$s
                GROUP BY i.item_id, o.currency
            ),
            top AS (
                SELECT c.id,
                       c.sku,
                       c.name,
                       sum(l.units) AS units,
                       coalesce(sum(l.amount) FILTER (WHERE l.currency = c.currency), 0) AS revenue,
                       array_agg(l.currency ORDER BY l.currency) AS currencies,
                       array_agg(l.amount ORDER BY l.currency) AS amounts
                FROM lines l
                JOIN catalog_items c ON c.id = l.item_id
                WHERE true
                %3$s
                GROUP BY c.id
                ORDER BY %5$s DESC, c.sku
                LIMIT :limit
            )
            SELECT t.id,
                   t.sku,
                   t.name,
                   t.units,
                   t.currencies,
                   t.amounts,
                   coalesce(s.on_hand, 0) AS on_hand,
                   coalesce(s.available, 0) AS available,
                   round(t.units::numeric / nullif(t.units + coalesce(s.on_hand, 0), 0), 4) AS sell_through
            FROM top t
            LEFT JOIN LATERAL (
                SELECT sum(a.on_hand) AS on_hand,
                       sum(a.available) AS available
                FROM stock_availability a
                WHERE a.item_id = t.id
                %4$s
            ) s ON true
            ORDER BY t.%5$s DESC, t.sku
            """;
    private static final String ORDER_IN_STORE = "AND o.store_id = :storeId";
    private static final String LEVEL_IN_STORE = """
            AND a.location_id IN (SELECT loc.id FROM locations loc WHERE loc.store_id = :storeId)""";
    private static final String VENDOR = """
            AND c.vendor_id = :vendorId
            """;
    private static final String CATEGORY_SUBTREE = """
            AND c.category_id IN (
                WITH RECURSIVE subtree AS (
                    SELECT id FROM catalog_categories WHERE id = :categoryId
                    UNION ALL
                    SELECT cc.id FROM catalog_categories cc JOIN subtree s ON cc.parent_id = s.id)
                SELECT id FROM subtree)
            """;

    private final JdbcClient jdbc;

    ProductQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProductPerformance> top(DateRange range, ProductFilter filter, ProductSort sort, int limit) {
        return statement(range, filter, sort, limit)
                .on(jdbc)
                .query((rs, n) -> new ProductPerformance(
                        rs.getObject("id", UUID.class),
                        rs.getString("sku"),
                        rs.getString("name"),
                        rs.getLong("units"),
                        Money.zip(rs.getArray("currencies"), rs.getArray("amounts")),
                        rs.getLong("on_hand"),
                        rs.getLong("available"),
                        rs.getBigDecimal("sell_through")))
                .list();
    }

    static Statement statement(DateRange range, ProductFilter filter, ProductSort sort, int limit) {
        Map<String, Object> params = new HashMap<>(Statement.store(filter.storeId()));
        params.put("start", range.start());
        params.put("end", range.end());
        params.put("limit", limit);
        StringBuilder itemConditions = new StringBuilder();
        if (filter.vendorId() != null) {
            itemConditions.append(VENDOR);
            params.put("vendorId", filter.vendorId());
        }
        if (filter.categoryId() != null) {
            itemConditions.append(CATEGORY_SUBTREE);
            params.put("categoryId", filter.categoryId());
        }
        String sql = SQL.formatted(
                SoldOrders.STATUSES,
                filter.storeId() == null ? "" : ORDER_IN_STORE,
                itemConditions,
                filter.storeId() == null ? "" : LEVEL_IN_STORE,
                sort == ProductSort.UNITS ? "units" : "revenue");
        return new Statement(sql, params);
    }
}
