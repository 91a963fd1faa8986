package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.ProductionTaskChanges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The production_tasks rows (without materials). {@link #COLUMNS} over {@code production_tasks t LEFT JOIN
 * design_tasks d ON d.id = t.design_task_id} and {@link #map} are the one way to read a task, for every reader in
 * the module.
 */
@Repository
public class TaskRepository {

    public static final String COLUMNS = """
            t.id, t.version, t.number, t.order_id, t.order_item_id, t.design_task_id, d.status AS design_status,
            t.sku, t.item_id, t.variant_id, t.name, t.quantity, t.priority, t.due_date, t.planned_start,
            t.planned_end, t.manufacturer_id, t.capacity_overridden, t.location_id, t.stage, t.stage_entered_at, t.status, t.rework_count,
            t.started_at, t.finished_at, t.notes, t.created_at, t.updated_at
            """;

    public static final String FROM = """
            FROM production_tasks t
            LEFT JOIN design_tasks d ON d.id = t.design_task_id
            """;

    private static final String FIND = "SELECT " + COLUMNS + FROM + """
            WHERE t.id = :id
            """;

    private static final String LOCK = "SELECT " + COLUMNS + FROM + """
            WHERE t.id = :id
            FOR UPDATE OF t
            """;

    private static final String INSERT = """
            INSERT INTO production_tasks (id, design_task_id, sku, item_id, variant_id, name, quantity, priority,
                                          due_date, planned_start, planned_end, location_id, stage, notes)
            VALUES (:id, :designTaskId, :sku, :itemId, :variantId, :name, :quantity, :priority,
                    :dueDate, :plannedStart, :plannedEnd, :locationId, :stage, :notes)
            """;

    private static final String UPDATE_FIELDS = """
            UPDATE production_tasks
            SET priority = coalesce(:priority, priority),
                due_date = coalesce(:dueDate, due_date),
                planned_start = coalesce(:plannedStart, planned_start),
                planned_end = coalesce(:plannedEnd, planned_end),
                location_id = coalesce(:locationId, location_id),
                design_task_id = coalesce(:designTaskId, design_task_id),
                notes = coalesce(:notes, notes)
            WHERE id = :id
            """;

    private static final String MOVE = """
            UPDATE production_tasks
            SET stage = :stage,
                stage_entered_at = now(),
                started_at = CASE WHEN :start THEN coalesce(started_at, now()) ELSE started_at END,
                status = CASE WHEN :finish THEN 'done' ELSE status END,
                finished_at = CASE WHEN :finish THEN now() ELSE finished_at END,
                rework_count = rework_count + CASE WHEN :rework THEN 1 ELSE 0 END
            WHERE id = :id
            """;

    private static final String CANCEL = """
            UPDATE production_tasks
            SET status = 'cancelled'
            WHERE id = :id
            """;

    private static final String TOUCH = """
            UPDATE production_tasks
            SET updated_at = now()
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task without its materials. */
    public Optional<ProductionTask> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(TaskRepository::map).optional();
    }

    /** {@link #find} with the task row locked until the transaction ends. */
    public Optional<ProductionTask> lock(UUID id) {
        return jdbc.sql(LOCK).param("id", id).query(TaskRepository::map).optional();
    }

    void insert(UUID id, NewTaskRow row) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("designTaskId", row.designTaskId())
                .param("sku", row.sku())
                .param("itemId", row.itemId())
                .param("variantId", row.variantId())
                .param("name", row.name())
                .param("quantity", row.quantity())
                .param("priority", row.priority())
                .param("dueDate", row.dueDate())
                .param("plannedStart", row.plannedStart())
                .param("plannedEnd", row.plannedEnd())
                .param("locationId", row.locationId())
                .param("stage", row.stage())
                .param("notes", row.notes())
                .update();
    }

    /** Sets the fields given (non-null) of a locked row. */
    void updateFields(UUID id, ProductionTaskChanges changes) {
        jdbc.sql(UPDATE_FIELDS)
                .param("id", id)
                .param("priority", changes.priority())
                .param("dueDate", changes.dueDate())
                .param("plannedStart", changes.plannedStart())
                .param("plannedEnd", changes.plannedEnd())
                .param("locationId", changes.locationId())
                .param("designTaskId", changes.designTaskId())
                .param("notes", changes.notes())
                .update();
    }

    /**
     * Puts a locked task into {@code stage} now.
     *
     * @param start it leaves the queue: started_at is set unless it already was
     * @param finish it enters the done stage
     * @param rework a QC failure sent it back
     */
    void move(UUID id, String stage, boolean start, boolean finish, boolean rework) {
        jdbc.sql(MOVE)
                .param("id", id)
                .param("stage", stage)
                .param("start", start)
                .param("finish", finish)
                .param("rework", rework)
                .update();
    }

    void cancel(UUID id) {
        jdbc.sql(CANCEL).param("id", id).update();
    }

    /** A new version for a change that lives in child rows only (materials). */
    void touch(UUID id) {
        jdbc.sql(TOUCH).param("id", id).update();
    }

    /** Maps a row of {@link #COLUMNS}; materials are empty, to be loaded apart. */
    public static ProductionTask map(ResultSet rs, int row) throws SQLException {
        return new ProductionTask(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("number"),
                rs.getObject("order_id", UUID.class),
                rs.getObject("order_item_id", UUID.class),
                rs.getObject("design_task_id", UUID.class),
                rs.getString("design_status"),
                rs.getString("sku"),
                rs.getObject("item_id", UUID.class),
                rs.getObject("variant_id", UUID.class),
                rs.getString("name"),
                rs.getInt("quantity"),
                rs.getString("priority"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                rs.getObject("manufacturer_id", UUID.class),
                rs.getBoolean("capacity_overridden"),
                rs.getObject("location_id", UUID.class),
                rs.getString("stage"),
                rs.getTimestamp("stage_entered_at").toInstant(),
                rs.getString("status"),
                rs.getInt("rework_count"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("notes"),
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** The columns of a task created by hand. */
    record NewTaskRow(
            @Nullable UUID designTaskId,
            String sku,
            UUID itemId,
            @Nullable UUID variantId,
            String name,
            int quantity,
            String priority,
            @Nullable LocalDate dueDate,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable UUID locationId,
            String stage,
            @Nullable String notes) {}
}
