package dev.shopfloor.dashboard.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One SQL statement with its named parameters; built apart from running it, so tests can EXPLAIN it. */
record Statement(String sql, Map<String, Object> params) {

    Statement {
        params = Map.copyOf(params);
    }

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql).params(params);
    }

    /** {@code storeId} as the only parameter, or none. */
    static Map<String, Object> store(@Nullable Object storeId) {
        return storeId == null ? Map.of() : Map.of("storeId", storeId);
    }
}
