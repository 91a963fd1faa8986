package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;

import dev.shopfloor.manufacturing.DesignTask;
import dev.shopfloor.manufacturing.DesignTaskFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered design task list, newest first, by keyset on the time-ordered id. Only the conditions of the
 * filters given are added, each served by its index (design_tasks_status, _designer, _order, _due).
 */
@Repository
public class DesignTaskSearch {

    private static final String SELECT = "SELECT " + DesignTaskRepository.COLUMNS + """
            FROM design_tasks d
            WHERE true
            """;
    private static final String STATUS = """
            AND d.status = :status
            """;
    private static final String DESIGNER = """
            AND d.designer_id = :designerId
            """;
    private static final String ORDER_ID = """
            AND d.order_id = :orderId
            """;
    private static final String DUE_BEFORE = """
            AND d.due_date < :dueBefore
            """;
    private static final String AFTER = """
            AND d.id < :after
            """;
    private static final String ORDER = """
            ORDER BY d.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    DesignTaskSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DesignTask> find(DesignTaskFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(
                sql,
                params,
                STATUS,
                "status",
                filter.status() == null ? null : filter.status().wire());
        add(sql, params, DESIGNER, "designerId", filter.designerId());
        add(sql, params, ORDER_ID, "orderId", filter.orderId());
        add(sql, params, DUE_BEFORE, "dueBefore", filter.dueBefore());
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(DesignTaskRepository::map)
                .list();
    }
}
