package dev.shopfloor.customers.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;
import static dev.shopfloor.platform.database.FilterClauses.escapeLike;

import dev.shopfloor.customers.Customer;
import dev.shopfloor.customers.CustomerFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered customer list, newest first, by keyset on the time-ordered id. Only the conditions of the
 * filters given are added, so each can use its index (a catch-all "param IS NULL OR ..." could not).
 */
@Repository
public class CustomerSearch {

    private static final String SELECT = "SELECT " + CustomerRepository.COLUMNS + """
            FROM customers c
            WHERE true
            """;

    // Substring match (ILIKE-like) or a close word match (typos), both served by the trigram GIN index.
    private static final String Q = """
            AND (customers_search_text(c.name, c.email, c.company, c.phone) LIKE :qPattern
                 OR :q <% customers_search_text(c.name, c.email, c.company, c.phone))
            """;
    private static final String IDS = """
            AND c.id = ANY(:ids)
            """;
    private static final String EMAIL = """
            AND lower(c.email) = lower(:email)
            """;
    private static final String CITY = """
            AND EXISTS (SELECT 1
                        FROM customer_addresses a
                        WHERE lower(a.city) = lower(:city)
                        AND a.customer_id = c.id)
            """;
    private static final String TAGS = """
            AND c.tags @> CAST(:tags AS text[])
            """;
    private static final String CREATED_FROM = """
            AND c.created_at >= :createdFrom
            """;
    private static final String CREATED_TO = """
            AND c.created_at < :createdTo
            """;
    private static final String ACTIVE = """
            AND c.archived_at IS NULL
            """;
    private static final String ARCHIVED = """
            AND c.archived_at IS NOT NULL
            """;
    private static final String AFTER = """
            AND c.id < :after
            """;
    private static final String ORDER = """
            ORDER BY c.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    CustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} customers (without addresses) after the cursor position {@code after}. */
    public List<Customer> find(CustomerFilter filter, @Nullable UUID after, int limit) {
        Query query = query(filter, after, limit);
        return jdbc.sql(query.sql())
                .params(query.params())
                .query(CustomerRepository::map)
                .list();
    }

    /** The statement for these filters; only the conditions of the filters given are in it. */
    Query query(CustomerFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.q() != null) {
            String q = filter.q().toLowerCase(Locale.ROOT);
            sql.append(Q);
            params.put("q", q);
            params.put("qPattern", "%" + escapeLike(q) + "%");
        }
        if (!filter.ids().isEmpty()) {
            add(sql, params, IDS, "ids", filter.ids().toArray(UUID[]::new));
        }
        add(sql, params, EMAIL, "email", filter.email());
        add(sql, params, CITY, "city", filter.city());
        if (!filter.tags().isEmpty()) {
            add(sql, params, TAGS, "tags", filter.tags().toArray(String[]::new));
        }
        add(sql, params, CREATED_FROM, "createdFrom", filter.createdFrom());
        add(sql, params, CREATED_TO, "createdTo", filter.createdTo());
        switch (filter.archived()) {
            case NO -> sql.append(ACTIVE);
            case YES -> sql.append(ARCHIVED);
            case ANY -> {}
        }
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return new Query(sql.toString(), params);
    }

    record Query(String sql, Map<String, Object> params) {}
}
