package dev.shopfloor.orders.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;
import static dev.shopfloor.platform.database.FilterClauses.escapeLike;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderFilter;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered order list, newest first, by keyset on the time-ordered id. Only the conditions of the filters
 * given are added, so each can use its index.
 */
@Repository
class OrderSearch {

    private static final String SELECT = "SELECT " + OrderRepository.COLUMNS + """
            FROM orders o
            WHERE true
            """;
    // A number prefix (SO-1004) or a customer matched through the customers' own trigram search index.
    private static final String Q = """
            AND (o.number LIKE :numberPrefix
                 OR o.customer_id IN (SELECT c.id
                                      FROM customers c
                                      WHERE customers_search_text(c.name, c.email, c.company, c.phone) LIKE :qPattern))
            """;
    private static final String STATUS = "AND o.status = :status\n";
    private static final String CUSTOMER = "AND o.customer_id = :customerId\n";
    private static final String STORE = "AND o.store_id = :storeId\n";
    private static final String FROM = "AND o.created_at >= :from\n";
    private static final String TO = "AND o.created_at < :to\n";
    private static final String AFTER = "AND o.id < :after\n";
    private static final String ORDER = """
            ORDER BY o.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final OrderRepository orders;

    OrderSearch(JdbcClient jdbc, OrderRepository orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    /** Up to {@code limit} orders (without lines) after the cursor position {@code after}. */
    List<Order> find(OrderFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.q() != null) {
            String q = filter.q().trim();
            sql.append(Q);
            params.put("numberPrefix", escapeLike(q.toUpperCase(Locale.ROOT)) + "%");
            params.put("qPattern", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
        }
        add(
                sql,
                params,
                STATUS,
                "status",
                filter.status() == null ? null : filter.status().wire());
        add(sql, params, CUSTOMER, "customerId", filter.customerId());
        add(sql, params, STORE, "storeId", filter.storeId());
        add(sql, params, FROM, "from", filter.from() == null ? null : Timestamp.from(filter.from()));
        add(sql, params, TO, "to", filter.to() == null ? null : Timestamp.from(filter.to()));
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(orders::map).list();
    }
}
