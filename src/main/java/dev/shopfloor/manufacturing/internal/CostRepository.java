package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.CostAmount;
import dev.shopfloor.manufacturing.CostInput;
import dev.shopfloor.manufacturing.CostLine;
import dev.shopfloor.manufacturing.CostRollup;
import dev.shopfloor.manufacturing.CostTotal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code production_costs} rows, and their sums per task and per order, computed in SQL. */
@Repository
public class CostRepository {

    private static final String COLUMNS = """
            id, task_id, kind, description, amount, currency, actor_id, version, created_at
            """;

    // FOR SHARE: a concurrent cancel waits until the line is in, so no line lands on a task just cancelled.
    private static final String TASK_STATUS = """
            SELECT status
            FROM production_tasks
            WHERE id = :id
            FOR SHARE
            """;

    private static final String TASK_EXISTS = """
            SELECT EXISTS (SELECT 1 FROM production_tasks WHERE id = :id)
            """;

    private static final String INSERT = """
            INSERT INTO production_costs (id, task_id, kind, description, amount, currency)
            VALUES (:id, :taskId, :kind, :description, :amount, :currency)
            RETURNING
            """ + COLUMNS;

    private static final String LINES = "SELECT " + COLUMNS + """
            FROM production_costs
            WHERE task_id = :taskId
            ORDER BY id
            """;

    private static final String TOTALS = """
            SELECT c.currency, sum(c.amount) AS amount, round(sum(c.amount) / t.quantity, 2) AS per_unit
            FROM production_costs c
            JOIN production_tasks t ON t.id = c.task_id
            WHERE c.task_id = :taskId
            GROUP BY c.currency, t.quantity
            ORDER BY c.currency
            """;

    private static final String DELETE = """
            DELETE FROM production_costs
            WHERE id = :id
              AND task_id = :taskId
              AND (CAST(:expected AS integer) IS NULL OR version = :expected)
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM production_costs WHERE id = :id AND task_id = :taskId)
            """;

    // One statement for the whole order: a row per task and currency, then (GROUPING(t.id) = 1) per currency.
    private static final String ROLLUP = """
            SELECT t.id AS task_id, t.number, t.quantity, t.status, c.currency,
                   sum(c.amount) AS amount,
                   round(sum(c.amount) / t.quantity, 2) AS per_unit,
                   GROUPING(t.id) AS order_total
            FROM production_tasks t
            LEFT JOIN production_costs c ON c.task_id = t.id
            WHERE t.order_id = :orderId
            GROUP BY GROUPING SETS ((t.id, t.number, t.quantity, t.status, c.currency), (c.currency))
            ORDER BY order_total, t.id, c.currency
            """;

    private final JdbcClient jdbc;

    CostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's status, share-locked until the transaction ends, if the task exists. */
    public Optional<String> lockTaskStatus(UUID taskId) {
        return jdbc.sql(TASK_STATUS).param("id", taskId).query(String.class).optional();
    }

    public boolean taskExists(UUID taskId) {
        return jdbc.sql(TASK_EXISTS).param("id", taskId).query(Boolean.class).single();
    }

    public CostLine insert(UUID id, UUID taskId, CostInput cost) {
        return jdbc.sql(INSERT)
                .param("id", id)
                .param("taskId", taskId)
                .param("kind", cost.kind())
                .param("description", cost.description())
                .param("amount", cost.amount())
                .param("currency", cost.currency())
                .query(CostRepository::line)
                .single();
    }

    public List<CostLine> lines(UUID taskId) {
        return jdbc.sql(LINES)
                .param("taskId", taskId)
                .query(CostRepository::line)
                .list();
    }

    public List<CostTotal> totals(UUID taskId) {
        return jdbc.sql(TOTALS)
                .param("taskId", taskId)
                .query((rs, n) -> new CostTotal(
                        rs.getString("currency"), rs.getBigDecimal("amount"), rs.getBigDecimal("per_unit")))
                .list();
    }

    /** Deletes the line if it belongs to the task and has the expected version (null: any). */
    public boolean delete(UUID taskId, UUID costId, @Nullable Integer expected) {
        return jdbc.sql(DELETE)
                        .param("id", costId)
                        .param("taskId", taskId)
                        .param("expected", expected)
                        .update()
                == 1;
    }

    public boolean exists(UUID taskId, UUID costId) {
        return jdbc.sql(EXISTS)
                .param("id", costId)
                .param("taskId", taskId)
                .query(Boolean.class)
                .single();
    }

    /** The order's tasks (oldest first) with their totals per currency, and the order's totals per currency. */
    public CostRollup rollup(UUID orderId) {
        Map<UUID, TaskRow> tasks = new LinkedHashMap<>();
        List<CostAmount> totals = new ArrayList<>();
        jdbc.sql(ROLLUP).param("orderId", orderId).query(rs -> {
            @Nullable String currency = rs.getString("currency");
            if (rs.getInt("order_total") == 1) {
                if (currency != null) {
                    totals.add(new CostAmount(currency, rs.getBigDecimal("amount")));
                }
                return;
            }
            UUID taskId = rs.getObject("task_id", UUID.class);
            TaskRow task = tasks.get(taskId);
            if (task == null) {
                task = new TaskRow(taskId, rs.getString("number"), rs.getInt("quantity"), rs.getString("status"));
                tasks.put(taskId, task);
            }
            if (currency != null) {
                task.totals.add(new CostTotal(currency, rs.getBigDecimal("amount"), rs.getBigDecimal("per_unit")));
            }
        });
        return new CostRollup(
                orderId,
                tasks.values().stream()
                        .map(t -> new CostRollup.TaskCosts(t.id, t.number, t.quantity, t.status, List.copyOf(t.totals)))
                        .toList(),
                totals);
    }

    private static CostLine line(ResultSet rs, int row) throws SQLException {
        return new CostLine(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getString("kind"),
                rs.getString("description"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("actor_id"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static final class TaskRow {
        final UUID id;
        final String number;
        final int quantity;
        final String status;
        final List<CostTotal> totals = new ArrayList<>();

        TaskRow(UUID id, String number, int quantity, String status) {
            this.id = id;
            this.number = number;
            this.quantity = quantity;
            this.status = status;
        }
    }
}
