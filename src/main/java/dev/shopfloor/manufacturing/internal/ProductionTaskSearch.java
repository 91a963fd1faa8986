package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;
import static dev.shopfloor.platform.database.FilterClauses.escapeLike;

import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.ProductionTaskFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task list, newest first by id (keyset). Only the conditions of the filters given are added, so each can use
 * its index (V13: list, order, design; V13_2: stage and manufacturer over all statuses).
 */
@Repository
public class ProductionTaskSearch {

    private static final String SELECT = "SELECT " + TaskRepository.COLUMNS + TaskRepository.FROM + """
            WHERE true
            """;
    private static final String STATUS = """
            AND t.status = :status
            """;
    private static final String STAGE = """
            AND t.stage = :stage
            """;
    private static final String ORDER_ID = """
            AND t.order_id = :orderId
            """;
    private static final String MANUFACTURER = """
            AND t.manufacturer_id = :manufacturerId
            """;
    private static final String DESIGN = """
            AND t.design_task_id = :designTaskId
            """;
    private static final String TEXT = """
            AND (t.number ILIKE :q OR t.name ILIKE :q OR t.sku ILIKE :q)
            """;
    private static final String AFTER = """
            AND t.id < :after
            """;
    private static final String ORDER = """
            ORDER BY t.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    ProductionTaskSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProductionTask> find(ProductionTaskFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, STATUS, "status", filter.status());
        add(sql, params, STAGE, "stage", filter.stage());
        add(sql, params, ORDER_ID, "orderId", filter.orderId());
        add(sql, params, MANUFACTURER, "manufacturerId", filter.manufacturerId());
        add(sql, params, DESIGN, "designTaskId", filter.designTaskId());
        add(sql, params, TEXT, "q", like(filter.q()));
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(TaskRepository::map)
                .list();
    }

    /** {@code q} as a LIKE pattern matching it anywhere, its wildcards taken literally; blank is no filter. */
    private static @Nullable String like(@Nullable String q) {
        return q == null || q.isBlank() ? null : "%" + escapeLike(q.strip()) + "%";
    }
}
