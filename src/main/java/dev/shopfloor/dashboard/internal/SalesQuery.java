package dev.shopfloor.dashboard.internal;

import dev.shopfloor.dashboard.DateRange;
import dev.shopfloor.dashboard.Granularity;
import dev.shopfloor.dashboard.Money;
import dev.shopfloor.dashboard.SalesBucket;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sales per bucket in one statement: every bucket of the range from generate_series (empty ones as zeros), joined
 * to the sold orders created in the range, grouped by the UTC day, ISO week or month of their creation.
 */
@Repository
public class SalesQuery {

    private static final String SQL = """
            WITH sold AS (
                SELECT date_trunc(:unit, o.created_at AT TIME ZONE 'UTC')::date AS start,
                       o.currency,
                       o.subtotal,
                       (SELECT sum(i.quantity) FROM order_items i WHERE i.order_id = o.id) AS units
                FROM orders o
                WHERE o.status IN %s
                AND o.created_at >= :start
                AND o.created_at < :end
                %s
            ),
            per_bucket AS (
                SELECT start, count(*) AS orders, coalesce(sum(units), 0) AS units
                FROM sold
                GROUP BY start
            ),
            per_currency AS (
                SELECT start,
                       array_agg(currency ORDER BY currency) AS currencies,
                       array_agg(amount ORDER BY currency) AS amounts
                FROM (SELECT start, currency, sum(subtotal) AS amount FROM sold GROUP BY start, currency) c
                GROUP BY start
            )
            SELECT b.start::date AS start,
                   coalesce(p.orders, 0) AS orders,
                   coalesce(p.units, 0) AS units,
                   c.currencies,
                   c.amounts
            FROM generate_series(date_trunc(:unit, CAST(:from AS timestamp)),
                                 CAST(:to AS timestamp),
                                 CAST(:step AS interval)) AS b (start)
            LEFT JOIN per_bucket p ON p.start = b.start::date
            LEFT JOIN per_currency c ON c.start = b.start::date
            ORDER BY b.start
            """;
    private static final String IN_STORE = "AND o.store_id = :storeId";

    private final JdbcClient jdbc;

    SalesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SalesBucket> buckets(DateRange range, Granularity granularity, @Nullable UUID storeId) {
        return statement(range, granularity, storeId)
                .on(jdbc)
                .query((rs, n) -> new SalesBucket(
                        rs.getObject("start", LocalDate.class),
                        rs.getLong("orders"),
                        rs.getLong("units"),
                        Money.zip(rs.getArray("currencies"), rs.getArray("amounts"))))
                .list();
    }

    static Statement statement(DateRange range, Granularity granularity, @Nullable UUID storeId) {
        Map<String, Object> params = new HashMap<>(Statement.store(storeId));
        params.put("unit", granularity.unit());
        params.put("step", "1 " + granularity.unit());
        params.put("from", range.from().atStartOfDay());
        params.put("to", range.to().atStartOfDay());
        params.put("start", range.start());
        params.put("end", range.end());
        return new Statement(SQL.formatted(SoldOrders.STATUSES, storeId == null ? "" : IN_STORE), params);
    }
}
