package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.QcCheck;
import dev.shopfloor.manufacturing.QcInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_qc_checks rows, written once and never changed. */
@Repository
public class QcRepository {

    private static final String COLUMNS = """
            q.id, q.task_id, q.stage, q.passed, q.inspected, q.failed, q.notes, q.rework_stage, q.actor_id,
            q.created_at
            """;

    private static final String INSERT = """
            INSERT INTO production_qc_checks (id, task_id, stage, passed, inspected, failed, notes, rework_stage)
            VALUES (:id, :taskId, :stage, :passed, :inspected, :failed, :notes, :reworkStage)
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM production_qc_checks q
            WHERE q.id = :id
            """;

    private static final String OF_TASK = "SELECT " + COLUMNS + """
            FROM production_qc_checks q
            WHERE q.task_id = :taskId
            ORDER BY q.created_at, q.id
            """;

    private final JdbcClient jdbc;

    QcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID taskId, String stage, QcInput check) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("taskId", taskId)
                .param("stage", stage)
                .param("passed", check.passed())
                .param("inspected", check.inspected())
                .param("failed", check.failed())
                .param("notes", check.notes())
                .param("reworkStage", check.passed() ? null : check.reworkStage())
                .update();
    }

    public QcCheck get(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(QcRepository::map).single();
    }

    public List<QcCheck> forTask(UUID taskId) {
        return jdbc.sql(OF_TASK)
                .param("taskId", taskId)
                .query(QcRepository::map)
                .list();
    }

    private static QcCheck map(ResultSet rs, int row) throws SQLException {
        return new QcCheck(
                rs.getObject("id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getString("stage"),
                rs.getBoolean("passed"),
                rs.getInt("inspected"),
                rs.getInt("failed"),
                rs.getString("notes"),
                rs.getString("rework_stage"),
                rs.getString("actor_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
