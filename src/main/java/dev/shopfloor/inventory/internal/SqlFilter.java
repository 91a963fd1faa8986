package dev.shopfloor.inventory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list query built from the filters given: only their conditions are added, so each can use its index (a
 * catch-all "param IS NULL OR ..." could not).
 */
final class SqlFilter {

    private final StringBuilder sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    SqlFilter(String select) {
        this.sql = new StringBuilder(select);
    }

    SqlFilter and(String clause, String name, @Nullable Object value) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value);
        }
        return this;
    }

    SqlFilter andIf(boolean condition, String clause) {
        if (condition) {
            sql.append(clause);
        }
        return this;
    }

    JdbcClient.StatementSpec page(JdbcClient jdbc, String order, int limit) {
        return jdbc.sql(sql + order).params(params).param("limit", limit);
    }
}
