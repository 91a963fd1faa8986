package dev.shopfloor.manufacturing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows an assignment reads and writes: the task (locked) and its manufacturer (locked). */
@Repository
public class AssignmentRepository {

    private static final String LOCK_TASK = """
            SELECT id, status, quantity, planned_start, planned_end
            FROM production_tasks
            WHERE id = :id
            FOR UPDATE
            """;

    private static final String LOCK_MANUFACTURER = """
            SELECT id, active, capacity_per_day, lead_time_days
            FROM manufacturers
            WHERE id = :id
            FOR UPDATE
            """;

    private static final String FIND_MANUFACTURER = """
            SELECT id, active, capacity_per_day, lead_time_days
            FROM manufacturers
            WHERE id = :id
            """;

    private static final String ASSIGN = """
            UPDATE production_tasks t
            SET manufacturer_id = m.id,
                planned_start = :plannedStart,
                planned_end = :plannedEnd,
                location_id = coalesce(t.location_id, m.location_id),
                capacity_overridden = :overridden
            FROM manufacturers m
            WHERE t.id = :taskId
              AND m.id = :manufacturerId
            RETURNING t.version
            """;

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task, locked until the transaction ends. */
    public Optional<TaskPlan> lockTask(UUID id) {
        return jdbc.sql(LOCK_TASK)
                .param("id", id)
                .query(AssignmentRepository::task)
                .optional();
    }

    /**
     * The manufacturer, locked until the transaction ends: concurrent assignments to it check its capacity one
     * after the other, each seeing what the previous one committed.
     */
    public Optional<Maker> lockManufacturer(UUID id) {
        return jdbc.sql(LOCK_MANUFACTURER)
                .param("id", id)
                .query(AssignmentRepository::maker)
                .optional();
    }

    public Optional<Maker> findManufacturer(UUID id) {
        return jdbc.sql(FIND_MANUFACTURER)
                .param("id", id)
                .query(AssignmentRepository::maker)
                .optional();
    }

    /** Writes the assignment (the task takes the manufacturer's location if it has none) and returns its version. */
    public int assign(UUID taskId, UUID manufacturerId, LocalDate start, LocalDate end, boolean overridden) {
        return jdbc.sql(ASSIGN)
                .param("taskId", taskId)
                .param("manufacturerId", manufacturerId)
                .param("plannedStart", start)
                .param("plannedEnd", end)
                .param("overridden", overridden)
                .query(Integer.class)
                .single();
    }

    private static TaskPlan task(ResultSet rs, int row) throws SQLException {
        return new TaskPlan(
                rs.getObject("id", UUID.class),
                rs.getString("status"),
                rs.getInt("quantity"),
                date(rs.getDate("planned_start")),
                date(rs.getDate("planned_end")));
    }

    private static Maker maker(ResultSet rs, int row) throws SQLException {
        return new Maker(
                rs.getObject("id", UUID.class),
                rs.getBoolean("active"),
                rs.getInt("capacity_per_day"),
                rs.getInt("lead_time_days"));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** What an assignment needs of a production task. */
    public record TaskPlan(
            UUID id,
            String status,
            int quantity,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd) {

        public boolean open() {
            return status.equals("open");
        }
    }

    /** What an assignment needs of a manufacturer. */
    public record Maker(UUID id, boolean active, int capacityPerDay, int leadTimeDays) {}
}
