package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;

import dev.shopfloor.manufacturing.QueueEntry;
import dev.shopfloor.manufacturing.QueueFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The production queue: open tasks by priority rank, then due date (none last), then id, read by keyset on
 * exactly that key. The due date is compared as {@code coalesce(due_date, 'infinity')}, the expression the
 * V13_4 indexes carry, so a NULL due date still takes part in the row comparison. Only the conditions of the
 * filters given are added, so each can use its index.
 */
@Repository
public class QueueSearch {

    private static final String SELECT = """
            SELECT t.id, t.number, t.name, t.sku, t.quantity, t.priority, t.due_date, t.stage, t.stage_entered_at,
                   t.manufacturer_id, m.name AS manufacturer_name, t.order_id, t.design_task_id,
                   d.status AS design_status, t.planned_start, t.planned_end,
                   coalesce(t.due_date < CAST(now() AT TIME ZONE 'UTC' AS date), false) AS overdue
            FROM production_tasks t
            LEFT JOIN manufacturers m ON m.id = t.manufacturer_id
            LEFT JOIN design_tasks d ON d.id = t.design_task_id
            WHERE t.status = 'open'
            """;
    private static final String STAGE = """
            AND t.stage = :stage
            """;
    private static final String MANUFACTURER = """
            AND t.manufacturer_id = :manufacturerId
            """;
    private static final String DUE_BEFORE = """
            AND coalesce(t.due_date, 'infinity'::date) < :dueBefore
            """;
    private static final String PRIORITY = """
            AND t.priority_rank = CAST(:rank AS smallint)
            """;
    private static final String AFTER = """
            AND (t.priority_rank, coalesce(t.due_date, 'infinity'::date), t.id)
                > (CAST(:afterRank AS smallint), CAST(:afterDue AS date), :afterId)
            """;
    private static final String ORDER = """
            ORDER BY t.priority_rank, coalesce(t.due_date, 'infinity'::date), t.id
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    QueueSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} queue entries after the position {@code after}. */
    public List<QueueEntry> find(QueueFilter filter, @Nullable QueueCursor after, int limit) {
        Query query = query(filter, after, limit);
        return jdbc.sql(query.sql())
                .params(query.params())
                .query(QueueSearch::map)
                .list();
    }

    /** The statement for these filters; only the conditions of the filters given are in it. */
    Query query(QueueFilter filter, @Nullable QueueCursor after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, STAGE, "stage", filter.stage());
        add(sql, params, MANUFACTURER, "manufacturerId", filter.manufacturerId());
        add(sql, params, DUE_BEFORE, "dueBefore", filter.dueBefore());
        add(sql, params, PRIORITY, "rank", filter.priorityRank());
        if (after != null) {
            sql.append(AFTER);
            params.put("afterRank", after.rank());
            params.put("afterDue", after.dueKey());
            params.put("afterId", after.id());
        }
        sql.append(ORDER);
        params.put("limit", limit);
        return new Query(sql.toString(), params);
    }

    record Query(String sql, Map<String, Object> params) {}

    private static QueueEntry map(ResultSet rs, int row) throws SQLException {
        return new QueueEntry(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getString("name"),
                rs.getString("sku"),
                rs.getInt("quantity"),
                rs.getString("priority"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("stage"),
                rs.getTimestamp("stage_entered_at").toInstant(),
                rs.getObject("manufacturer_id", UUID.class),
                rs.getString("manufacturer_name"),
                rs.getObject("order_id", UUID.class),
                rs.getObject("design_task_id", UUID.class),
                rs.getString("design_status"),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                rs.getBoolean("overdue"));
    }
}
